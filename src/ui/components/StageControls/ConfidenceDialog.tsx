import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { LIMITS, type Confidence, type ConfidenceSuggestion } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { ConfidencePicker } from '../ConfidencePicker';
import { InlineAlert, useRejection, useSectionStyles } from '../shared';

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

  return (
    <Dialog open={open} onOpenChange={(_, d) => (d.open ? onOpenChange(true) : close())}>
      <DialogSurface>
        {confidence === null ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (value !== null) result.check(onRecord(value));
            }}
          >
            <DialogBody>
              <DialogTitle>Before Close: your confidence</DialogTitle>
              <DialogContent className={styles.form}>
                <ConfidencePicker
                  label={`How confident are you that ${coacheeName} can carry out the plan?`}
                  value={value}
                  onChange={setValue}
                  error={result.error}
                />
              </DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary" disabled={value === null}>
                  Record confidence
                </Button>
                <Button onClick={close}>Cancel</Button>
              </DialogActions>
            </DialogBody>
          </form>
        ) : suggestion ? (
          <form
            data-gate="lowConfidence"
            onSubmit={(e) => {
              e.preventDefault();
              if (result.check(onGoOnAnyway(reason))) close();
            }}
          >
            <DialogBody>
              <DialogTitle>Something may be missing</DialogTitle>
              <DialogContent className={styles.form}>
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
              </DialogContent>
              <DialogActions>
                <Button
                  appearance="primary"
                  onClick={() => {
                    if (result.check(onGoBackToLearn())) close();
                  }}
                >
                  Go back to Learn
                </Button>
                <Button type="submit">Go on to Close anyway</Button>
              </DialogActions>
            </DialogBody>
          </form>
        ) : (
          <DialogBody>
            <DialogTitle>Confidence recorded</DialogTitle>
            <DialogContent className={styles.form}>
              <p className={styles.text}>You recorded {confidence.value} of 5.</p>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  close();
                  onContinue();
                }}
              >
                Continue to Close
              </Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
