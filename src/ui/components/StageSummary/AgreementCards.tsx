import { useId } from 'react';
import { Badge, mergeClasses } from '@fluentui/react-components';
import { CalendarLtr20Regular, Person20Regular, Star20Filled } from '@fluentui/react-icons';
import { useWords } from '../../words';
import { StageCard } from './StageCard';
import type { StageNextStep, StageOption } from './stageSummary';
import { StatusBadge } from './StatusBadge';
import { useStageSummaryStyles } from './useStageSummaryStyles.styles';

export function ChallengeCard({ challenge, className }: { challenge: string | null; className?: string }) {
  const styles = useStageSummaryStyles();
  const words = useWords();
  return (
    <StageCard title={words.t('stage.challenge.title')} className={className}>
      {challenge ? <p className={styles.statement}>{challenge}</p> : <p className={styles.empty}>{words.t('stage.challenge.none')}</p>}
    </StageCard>
  );
}

function OptionList({ options, label, labelledBy }: { options: readonly StageOption[]; label?: string; labelledBy?: string }) {
  const styles = useStageSummaryStyles();
  const words = useWords();
  return (
    <ul aria-label={label} aria-labelledby={labelledBy} className={styles.options}>
      {options.map((o) => (
        <li key={o.id}>
          {o.text}{' '}
          <span className={styles.optionAuthor}>
            {/* The eye reads "· Sam"; a screen reader hears the whole "proposed by Sam". */}
            <span aria-hidden>· {o.authorName}</span>
            <span className={styles.visuallyHidden}>{words.t('stage.options.proposedByInline', { name: o.authorName })}</span>
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
  const words = useWords();
  const othersId = useId();
  return (
    <StageCard title={words.t('stage.options.title')} className={className}>
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
            {words.t('stage.options.chosen')}
          </Badge>
          <p className={styles.chosenText}>{chosen.text}</p>
          <p className={styles.meta}>{words.t('stage.options.proposedBy', { name: chosen.authorName })}</p>
        </div>
      )}
      {!chosen && others.length === 0 && <p className={styles.empty}>{words.t('stage.options.none')}</p>}
      {others.length > 0 &&
        (chosen ? (
          <div>
            <p id={othersId} className={styles.othersLabel}>
              {words.t('stage.options.alsoConsidered')}
            </p>
            <OptionList options={others} labelledBy={othersId} />
          </div>
        ) : (
          <OptionList options={others} label={words.t('stage.options.soFar')} />
        ))}
    </StageCard>
  );
}

/** What, who, by when, done: earliest due first. */
export function NextStepsCard({ steps, className }: { steps: readonly StageNextStep[]; className?: string }) {
  const styles = useStageSummaryStyles();
  const words = useWords();
  return (
    <StageCard title={words.t('stage.steps.title')} className={className}>
      {steps.length === 0 ? (
        <p className={styles.empty}>{words.t('stage.steps.none')}</p>
      ) : (
        <ul aria-label={words.t('stage.steps.list')} className={styles.steps}>
          {steps.map((s) => (
            <li key={s.id} data-state={s.done ? 'done' : 'open'} data-due={s.due} className={styles.step}>
              <p className={mergeClasses(styles.stepText, s.done && styles.stepTextDone)}>{s.text}</p>
              <div className={styles.stepFacts}>
                <span className={styles.fact}>
                  <Person20Regular aria-hidden className={styles.icon} />
                  {/* The icon says "who" to the eye; a screen reader hears it in words. */}
                  <span aria-hidden>{s.ownerName}</span>
                  <span className={styles.visuallyHidden}>{words.t('stage.steps.who', { name: s.ownerName })}</span>
                </span>
                <span className={styles.fact}>
                  <CalendarLtr20Regular aria-hidden className={styles.icon} />
                  {words.t('stage.steps.due', { date: words.date(s.due) })}
                </span>
                <StatusBadge tone={s.done ? 'done' : 'notYet'} state={s.done ? 'done' : 'open'} small>
                  {s.done ? words.t('stage.steps.done') : words.t('stage.steps.notDone')}
                </StatusBadge>
              </div>
            </li>
          ))}
        </ul>
      )}
    </StageCard>
  );
}
