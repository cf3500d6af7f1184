import { useId } from 'react';
import { Badge, mergeClasses } from '@fluentui/react-components';
import { CalendarLtr20Regular, Person20Regular, Star20Filled } from '@fluentui/react-icons';
import { formatLocalDate } from '../../format';
import { StageCard } from './StageCard';
import type { StageNextStep, StageOption } from './stageSummary';
import { StatusBadge } from './StatusBadge';
import { useStageSummaryStyles } from './useStageSummaryStyles.styles';

export function ChallengeCard({ challenge, className }: { challenge: string | null; className?: string }) {
  const styles = useStageSummaryStyles();
  return (
    <StageCard title="Challenge" className={className}>
      {challenge ? <p className={styles.statement}>{challenge}</p> : <p className={styles.empty}>Not stated yet.</p>}
    </StageCard>
  );
}

function OptionList({ options, label, labelledBy }: { options: readonly StageOption[]; label?: string; labelledBy?: string }) {
  const styles = useStageSummaryStyles();
  return (
    <ul aria-label={label} aria-labelledby={labelledBy} className={styles.options}>
      {options.map((o) => (
        <li key={o.id}>
          {o.text}{' '}
          <span className={styles.optionAuthor}>
            <span aria-hidden>· </span>
            <span className={styles.visuallyHidden}>proposed by </span>
            {o.authorName}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The chosen option large and marked; the others below it, quieter. Before
 * one is chosen, all of them alike (the stage's criteria say one is still to
 * be chosen).
 */
export function OptionsCard({
  chosen,
  others,
  className,
}: {
  chosen: StageOption | null;
  others: readonly StageOption[];
  className?: string;
}) {
  const styles = useStageSummaryStyles();
  const othersId = useId();
  return (
    <StageCard title="Options" className={className}>
      {chosen && (
        <div className={styles.chosen} data-chosen>
          <Badge
            appearance="filled"
            color="brand"
            shape="rounded"
            size="extra-large"
            icon={<Star20Filled aria-hidden />}
            className={styles.badge}
          >
            Chosen
          </Badge>
          <p className={styles.chosenText}>{chosen.text}</p>
          <p className={styles.meta}>Proposed by {chosen.authorName}</p>
        </div>
      )}
      {!chosen && others.length === 0 && <p className={styles.empty}>No options yet.</p>}
      {others.length > 0 &&
        (chosen ? (
          <div>
            <p id={othersId} className={styles.othersLabel}>
              Also considered
            </p>
            <OptionList options={others} labelledBy={othersId} />
          </div>
        ) : (
          <OptionList options={others} label="Options so far" />
        ))}
    </StageCard>
  );
}

/** What, who, by when, done: earliest due first. */
export function NextStepsCard({ steps, className }: { steps: readonly StageNextStep[]; className?: string }) {
  const styles = useStageSummaryStyles();
  return (
    <StageCard title="Next steps" className={className}>
      {steps.length === 0 ? (
        <p className={styles.empty}>No next steps yet.</p>
      ) : (
        <ul aria-label="Next steps, earliest due first" className={styles.steps}>
          {steps.map((s) => (
            <li key={s.id} data-state={s.done ? 'done' : 'open'} data-due={s.due} className={styles.step}>
              <p className={mergeClasses(styles.stepText, s.done && styles.stepTextDone)}>{s.text}</p>
              <div className={styles.stepFacts}>
                <span className={styles.fact}>
                  <Person20Regular aria-hidden className={styles.icon} />
                  <span className={styles.visuallyHidden}>Who: </span>
                  {s.ownerName}
                </span>
                <span className={styles.fact}>
                  <CalendarLtr20Regular aria-hidden className={styles.icon} />
                  by {formatLocalDate(s.due)}
                </span>
                <StatusBadge tone={s.done ? 'done' : 'notYet'} state={s.done ? 'done' : 'open'} small>
                  {s.done ? 'Done' : 'Not done yet'}
                </StatusBadge>
              </div>
            </li>
          ))}
        </ul>
      )}
    </StageCard>
  );
}
