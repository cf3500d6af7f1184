import { Button, Field, Input } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { LIMITS, type Confidence, type ConfidenceSuggestion } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { stageLabel } from '../../format';
import { useWords } from '../../words';
import { ConfidencePicker } from '../ConfidencePicker';
import { InlineAlert, PanelDialog, useRejection, useSectionStyles } from '../shared';

export interface ConfidenceDialogProps {
  open: boolean;
  /** The coachee's name; null while nobody is coached. */
  coacheeName: string | null;
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
  const words = useWords();
  const closeLabel = stageLabel(words, 'close');
  const learnLabel = stageLabel(words, 'learn');
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
        title={words.t('panel.confidence.title', { stage: closeLabel })}
        onSubmit={() => {
          if (value !== null) result.check(onRecord(value));
        }}
        actions={
          <>
            <Button type="submit" appearance="primary" disabled={value === null}>
              {words.t('panel.confidence.record')}
            </Button>
            <Button onClick={close}>{words.t('panel.dialog.cancel')}</Button>
          </>
        }
      >
        <ConfidencePicker
          label={
            coacheeName === null
              ? words.t('panel.confidence.questionUnnamed')
              : words.t('panel.confidence.question', { coachee: coacheeName })
          }
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
        title={words.t('panel.confidence.lowTitle')}
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
              {words.t('panel.confidence.goBackTo', { stage: learnLabel })}
            </Button>
            <Button type="submit">{words.t('panel.confidence.goOnAnyway', { stage: closeLabel })}</Button>
          </>
        }
      >
        <div data-gate="lowConfidence" className={styles.form}>
          <p className={styles.text}>{words.t('panel.confidence.recorded', { value: confidence.value })}</p>
          <p className={styles.text}>{words.t('panel.confidence.lowSuggestion', { stage: stageLabel(words, suggestion.goBackTo) })}</p>
          <section aria-labelledby={anywayId} className={styles.form}>
            <h3 id={anywayId} className={styles.heading}>
              {words.t('panel.confidence.orGoOn')}
            </h3>
            <p className={styles.hint}>{words.t('panel.confidence.goOnHint', { value: confidence.value })}</p>
            <Field label={words.t('panel.confidence.whyGoOn')}>
              <Input dir="auto" value={reason} maxLength={LIMITS.shortText} onChange={(_, d) => setReason(d.value)} />
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
      title={words.t('panel.confidence.recordedTitle')}
      onSubmit={() => {
        close();
        onContinue();
      }}
      actions={
        <Button type="submit" appearance="primary">
          {words.t('panel.confidence.continueTo', { stage: closeLabel })}
        </Button>
      }
    >
      <p className={styles.text}>{words.t('panel.confidence.recorded', { value: confidence.value })}</p>
    </PanelDialog>
  );
}
