import { makeStyles, Radio, RadioGroup, tokens, typographyStyles } from '@fluentui/react-components';
import { memo, useId } from 'react';
import { mayIssue, type CarryOver, type CauseReview, type ItemId, type Role, type StepReview } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import type { MessageId } from '../../../words';
import { useWords } from '../../words';
import { InlineAlert, useRejection, useSectionStyles } from '../shared';

export interface PreviousPlanReviewProps {
  carriedOver: CarryOver;
  role: Role;
  onReviewStep(id: ItemId, review: StepReview): DispatchResult;
  onReviewCause(id: ItemId, review: CauseReview): DispatchResult;
}

const useStyles = makeStyles({
  subheading: { ...typographyStyles.body1Strong, margin: 0, marginTop: tokens.spacingVerticalS },
  // Each carried item reads as one block: what it was, whose and when, then the choice.
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  itemText: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: 'break-word' },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  ticked: { ...typographyStyles.caption1Strong, color: tokens.colorPaletteGreenForeground1 },
  // The choices wrap as whole words: never one or two letters a line in a narrow panel.
  choices: { flexWrap: 'wrap', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  choice: { whiteSpace: 'nowrap' },
});

const STEP_REVIEWS: ReadonlyArray<[StepReview, MessageId]> = [
  ['done', 'forms.previousPlan.step.done'],
  ['notDone', 'forms.previousPlan.step.notDone'],
  ['dropped', 'forms.previousPlan.step.dropped'],
];

const CAUSE_REVIEWS: ReadonlyArray<[CauseReview, MessageId]> = [
  ['right', 'forms.previousPlan.cause.right'],
  ['wrong', 'forms.previousPlan.cause.wrong'],
  ['unsure', 'forms.previousPlan.cause.unsure'],
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
  const own = useStyles();
  const words = useWords();
  const headingId = useId();
  const review = useRejection();
  const canReview = mayIssue(role, 'reviewCarriedStep');
  const steps = Object.values(carriedOver.steps);
  const causes = Object.values(carriedOver.causes);

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        {words.t('forms.previousPlan.heading', { date: words.date(carriedOver.fromDate) })}
      </h3>
      {carriedOver.challenge && <p className={styles.quote}>{carriedOver.challenge}</p>}
      {carriedOver.chosenOption && (
        <p className={styles.text}>{words.t('forms.previousPlan.chosenOption', { option: carriedOver.chosenOption })}</p>
      )}
      <h4 className={own.subheading}>{words.t('forms.previousPlan.stepsHeading')}</h4>
      {steps.length === 0 ? (
        <p className={styles.hint}>{words.t('forms.previousPlan.noSteps')}</p>
      ) : (
        <ul className={styles.list} aria-label={words.t('forms.previousPlan.stepsList')}>
          {steps.map((step) => {
            const due = words.date(step.due);
            // A step known done before this conversation: ticked in the last session, or
            // since in its owner's own To Do (their client reports it when the plan comes in).
            const name = step.doneBefore
              ? words.t('forms.previousPlan.stepNameTicked', { text: step.text, owner: step.ownerName, due })
              : words.t('forms.previousPlan.stepName', { text: step.text, owner: step.ownerName, due });
            return (
              <li key={step.id} className={own.item} data-review={step.review ?? 'open'}>
                <p className={own.itemText}>{step.text}</p>
                <p className={own.meta}>
                  {words.t('forms.previousPlan.stepMeta', { owner: step.ownerName, due })}
                  {step.doneBefore && <span className={own.ticked}> {words.t('forms.previousPlan.tickedMeta')}</span>}
                </p>
                <RadioGroup
                  layout="horizontal"
                  className={own.choices}
                  aria-label={name}
                  value={step.review ?? ''}
                  disabled={!canReview}
                  onChange={(_, d) => review.check(onReviewStep(step.id, d.value as StepReview))}
                >
                  {STEP_REVIEWS.map(([value, label]) => (
                    <Radio key={value} value={value} label={{ children: words.t(label), className: own.choice }} />
                  ))}
                </RadioGroup>
              </li>
            );
          })}
        </ul>
      )}
      {causes.length > 0 && (
        <>
          <h4 className={own.subheading}>{words.t('forms.previousPlan.causesHeading')}</h4>
          <ul className={styles.list} aria-label={words.t('forms.previousPlan.causesList')}>
            {causes.map((cause) => (
              <li key={cause.id} className={own.item} data-review={cause.review ?? 'open'}>
                <p className={own.itemText}>{cause.text}</p>
                <p className={own.meta}>{words.t('forms.previousPlan.saidBy', { name: cause.authorName })}</p>
                <RadioGroup
                  layout="horizontal"
                  className={own.choices}
                  aria-label={words.t('forms.previousPlan.causeName', { text: cause.text, name: cause.authorName })}
                  value={cause.review ?? ''}
                  disabled={!canReview}
                  onChange={(_, d) => review.check(onReviewCause(cause.id, d.value as CauseReview))}
                >
                  {CAUSE_REVIEWS.map(([value, label]) => (
                    <Radio key={value} value={value} label={{ children: words.t(label), className: own.choice }} />
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
