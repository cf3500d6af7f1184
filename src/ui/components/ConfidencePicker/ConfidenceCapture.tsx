import { Button } from '@fluentui/react-components';
import { useId, useState, memo } from 'react';
import { mayIssue, type Confidence, type ConfidenceSuggestion, type Role } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { useWords } from '../../words';
import { InlineAlert, useRejection, useSectionStyles } from '../shared';
import { CONFIDENCE_MAX, ConfidencePicker } from './ConfidencePicker';

export interface ConfidenceCaptureProps {
  confidence: Confidence | null;
  /** Null when no coachee has joined: the question then names their role. */
  coacheeName: string | null;
  role: Role;
  /** The domain's advice when confidence is low; null otherwise (said here in the reader's words). */
  suggestion: ConfidenceSuggestion | null;
  onRecord(value: number): DispatchResult;
  onGoBackToLearn(): DispatchResult;
}

/**
 * The coach's confidence gate in Plan. The value is the coach's own judgement,
 * so only the coach sees it; others only see whether it has been recorded.
 */
// Memoised: hidden stages stay mounted, and a change elsewhere in the session
// must not re-render a long list that did not change.
export const ConfidenceCapture = memo(function ConfidenceCapture(props: ConfidenceCaptureProps) {
  const { confidence, coacheeName, role, suggestion, onRecord, onGoBackToLearn } = props;
  const styles = useSectionStyles();
  const words = useWords();
  const headingId = useId();
  const [value, setValue] = useState<number | null>(confidence?.value ?? null);
  const recording = useRejection();
  const goingBack = useRejection();
  const canRecord = mayIssue(role, 'recordConfidence');

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        {words.t('forms.confidence.heading')}
      </h3>
      {!canRecord ? (
        <p className={styles.hint}>
          {confidence ? words.t('forms.confidence.coachRecorded') : words.t('forms.confidence.coachNotRecorded')}
        </p>
      ) : (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            if (value !== null) recording.check(onRecord(value));
          }}
        >
          <ConfidencePicker
            label={
              coacheeName === null
                ? words.t('forms.confidence.questionUnnamed')
                : words.t('forms.confidence.questionNamed', { name: coacheeName })
            }
            value={value}
            onChange={setValue}
            error={recording.error}
          />
          {confidence && (
            <p className={styles.hint}>
              {words.t('forms.confidence.recorded', {
                value: words.number(confidence.value),
                max: words.number(CONFIDENCE_MAX),
              })}
            </p>
          )}
          <div className={styles.actions}>
            <Button type="submit" disabled={value === null}>
              {words.t('forms.confidence.record')}
            </Button>
          </div>
          {suggestion && (
            <div className={styles.form}>
              <p className={styles.text}>{words.t('forms.confidence.lowSuggestion')}</p>
              <div className={styles.actions}>
                <Button onClick={() => goingBack.check(onGoBackToLearn())}>{words.t('forms.confidence.goBackToLearn')}</Button>
              </div>
              <InlineAlert message={goingBack.error} />
            </div>
          )}
        </form>
      )}
    </section>
  );
});
