import { Radio, RadioGroup } from '@fluentui/react-components';
import { memo, useId } from 'react';
import { mayIssue, type CarryOver, type CauseReview, type ItemId, type Role, type StepReview } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { formatLocalDate } from '../../format';
import { InlineAlert, useRejection, useSectionStyles } from '../shared';

export interface PreviousPlanReviewProps {
  carriedOver: CarryOver;
  role: Role;
  onReviewStep(id: ItemId, review: StepReview): DispatchResult;
  onReviewCause(id: ItemId, review: CauseReview): DispatchResult;
}

const STEP_REVIEWS: ReadonlyArray<[StepReview, string]> = [
  ['done', 'Done'],
  ['notDone', 'Not done'],
  ['dropped', 'Dropped'],
];
/**
 * A step known done before this conversation: ticked in the last session, or
 * since in its owner's own To Do (their client reports it when the plan comes in).
 */
const TICKED_DONE = 'already ticked done (last time, or since in To Do)';

const CAUSE_REVIEWS: ReadonlyArray<[CauseReview, string]> = [
  ['right', 'Turned out right'],
  ['wrong', 'Turned out wrong'],
  ['unsure', 'Not sure yet'],
];

/**
 * The status update: the plan from last time, each step said done, not done
 * or dropped, and each cause judged by how it turned out. Both people review;
 * observers read.
 */
export const PreviousPlanReview = memo(function PreviousPlanReview({
  carriedOver,
  role,
  onReviewStep,
  onReviewCause,
}: PreviousPlanReviewProps) {
  const styles = useSectionStyles();
  const headingId = useId();
  const review = useRejection();
  const canReview = mayIssue(role, 'reviewCarriedStep');
  const steps = Object.values(carriedOver.steps);
  const causes = Object.values(carriedOver.causes);

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        Last time ({formatLocalDate(carriedOver.fromDate)})
      </h3>
      {carriedOver.challenge && <p className={styles.quote}>{carriedOver.challenge}</p>}
      {carriedOver.chosenOption && (
        <p className={styles.text}>
          Chosen option: <span className={styles.text}>{carriedOver.chosenOption}</span>
        </p>
      )}
      <h4 className={styles.heading}>Next steps: what happened?</h4>
      {steps.length === 0 ? (
        <p className={styles.hint}>There were no next steps.</p>
      ) : (
        <ul className={styles.list} aria-label="Next steps from last time">
          {steps.map((step) => (
            <li key={step.id}>
              <RadioGroup
                layout="horizontal"
                aria-label={`${step.text} — ${step.ownerName}, due ${formatLocalDate(step.due)}${step.doneBefore ? `, ${TICKED_DONE}` : ''}`}
                value={step.review ?? ''}
                disabled={!canReview}
                onChange={(_, d) => review.check(onReviewStep(step.id, d.value as StepReview))}
              >
                <span className={styles.text}>
                  {step.text} — {step.ownerName}, due {formatLocalDate(step.due)}
                  {step.doneBefore && <strong> · {TICKED_DONE}</strong>}
                </span>
                {STEP_REVIEWS.map(([value, label]) => (
                  <Radio key={value} value={value} label={label} />
                ))}
              </RadioGroup>
            </li>
          ))}
        </ul>
      )}
      {causes.length > 0 && (
        <>
          <h4 className={styles.heading}>Causes you diagnosed: were they right?</h4>
          <ul className={styles.list} aria-label="Causes from last time">
            {causes.map((cause) => (
              <li key={cause.id}>
                <RadioGroup
                  layout="horizontal"
                  aria-label={`${cause.text} (said by ${cause.authorName})`}
                  value={cause.review ?? ''}
                  disabled={!canReview}
                  onChange={(_, d) => review.check(onReviewCause(cause.id, d.value as CauseReview))}
                >
                  <span className={styles.text}>
                    {cause.text} (said by {cause.authorName})
                  </span>
                  {CAUSE_REVIEWS.map(([value, label]) => (
                    <Radio key={value} value={value} label={label} />
                  ))}
                </RadioGroup>
              </li>
            ))}
          </ul>
        </>
      )}
      <InlineAlert message={review.error} />
    </section>
  );
});
