import { Button } from '@fluentui/react-components';
import { useId, useState, memo } from 'react';
import { mayIssue, type Confidence, type ConfidenceSuggestion, type Role } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { InlineAlert, useRejection, useSectionStyles } from '../shared';
import { ConfidencePicker } from './ConfidencePicker';

export interface ConfidenceCaptureProps {
  confidence: Confidence | null;
  coacheeName: string;
  role: Role;
  /** The domain's advice when confidence is low; null otherwise. */
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
  const headingId = useId();
  const [value, setValue] = useState<number | null>(confidence?.value ?? null);
  const recording = useRejection();
  const goingBack = useRejection();
  const canRecord = mayIssue(role, 'recordConfidence');

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        Confidence in the plan
      </h3>
      {!canRecord ? (
        <p className={styles.hint}>
          {confidence ? 'The coach has recorded their confidence.' : 'The coach has not recorded their confidence yet.'}
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
            label={`How confident are you that ${coacheeName} can carry out the plan?`}
            value={value}
            onChange={setValue}
            error={recording.error}
          />
          {confidence && <p className={styles.hint}>Recorded: {confidence.value} of 5.</p>}
          <div className={styles.actions}>
            <Button type="submit" disabled={value === null}>
              Record confidence
            </Button>
          </div>
          {suggestion && (
            <div className={styles.form}>
              <p className={styles.text}>{suggestion.message}</p>
              <div className={styles.actions}>
                <Button onClick={() => goingBack.check(onGoBackToLearn())}>Go back to Learn</Button>
              </div>
              <InlineAlert message={goingBack.error} />
            </div>
          )}
        </form>
      )}
    </section>
  );
});
