import { Button, Field, Input } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { LIMITS, type Confidence, type ConfidenceSuggestion } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { ConfidencePicker } from '../ConfidencePicker';
import { InlineAlert, PanelDialog, useRejection, useSectionStyles } from '../shared';

export interface ConfidenceDialogProps {
  open: boolean;
  coacheeName: string;
  /** The recorded confidence; the dialog moves on to the verdict once it exists. */
  confidence: Confidence | null;
  /** The domain's advice for low confidence; null when confidence is fine. */
  suggestion: ConfidenceSuggestion | null;
  onOpenChange(open: boolean): void;
  onRecord(value: number): DispatchResult;
  onGoBackToLearn(): DispatchResult;
  /** Carries on towards Close once confidence is recorded (and is not low). */
  onContinue(): void;
  /** Goes on to Close although confidence is low, with the reason given (may be empty). */
  onGoOnAnyway(reason: string): DispatchResult;
}

/**
 * The confidence gate before Close: record 1–5. Low confidence suggests going
 * back to Learn; going on anyway is a deliberate second choice, with an
 * optional reason, and the timeline keeps it.
 */
export function ConfidenceDialog(props: ConfidenceDialogProps) {
  const { open, coacheeName, confidence, suggestion, onOpenChange, onRecord, onGoBackToLearn, onContinue, onGoOnAnyway } = props;
  const styles = useSectionStyles();
  const [value, setValue] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const result = useRejection();
  const anywayId = useId();

  const close = () => {
    setValue(null);
    setReason('');
    result.reset();
    onOpenChange(false);
  };
  const openChange = (next: boolean) => (next ? onOpenChange(true) : close());

  if (confidence === null) {
    return (
      <PanelDialog
        open={open}
        onOpenChange={openChange}
        title="Before Close: your confidence"
        onSubmit={() => {
          if (value !== null) result.check(onRecord(value));
        }}
        actions={
          <>
            <Button type="submit" appearance="primary" disabled={value === null}>
              Record confidence
            </Button>
            <Button onClick={close}>Cancel</Button>
          </>
        }
      >
        <ConfidencePicker
          label={`How confident are you that ${coacheeName} can carry out the plan?`}
          value={value}
          onChange={setValue}
          error={result.error}
        />
      </PanelDialog>
    );
  }

  if (suggestion) {
    return (
      <PanelDialog
        open={open}
        onOpenChange={openChange}
        title="Something may be missing"
        onSubmit={() => {
          if (result.check(onGoOnAnyway(reason))) close();
        }}
        actions={
          <>
            <Button
              appearance="primary"
              onClick={() => {
                if (result.check(onGoBackToLearn())) close();
              }}
            >
              Go back to Learn
            </Button>
            <Button type="submit">Go on to Close anyway</Button>
          </>
        }
      >
        <div data-gate="lowConfidence" className={styles.form}>
          <p className={styles.text}>You recorded {confidence.value} of 5.</p>
          <p className={styles.text}>{suggestion.message}</p>
          <section aria-labelledby={anywayId} className={styles.form}>
            <h3 id={anywayId} className={styles.heading}>
              Or go on anyway
            </h3>
            <p className={styles.hint}>The notes will show that you went on at {confidence.value} of 5, with your reason.</p>
            <Field label="Why go on? (optional)">
              <Input value={reason} maxLength={LIMITS.shortText} onChange={(_, d) => setReason(d.value)} />
            </Field>
          </section>
          <InlineAlert message={result.error} />
        </div>
      </PanelDialog>
    );
  }

  return (
    <PanelDialog
      open={open}
      onOpenChange={openChange}
      title="Confidence recorded"
      onSubmit={() => {
        close();
        onContinue();
      }}
      actions={
        <Button type="submit" appearance="primary">
          Continue to Close
        </Button>
      }
    >
      <p className={styles.text}>You recorded {confidence.value} of 5.</p>
    </PanelDialog>
  );
}
