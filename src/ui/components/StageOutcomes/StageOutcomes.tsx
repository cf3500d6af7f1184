import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { CheckmarkCircle16Filled } from '@fluentui/react-icons';
import { memo } from 'react';
import { criteriaFor, own, STAGES, stageIndex, type SessionState, type Stage } from '../../../domain';
import type { Words } from '../../../words';
import { isolate, stageLabel } from '../../format';
import { useWords } from '../../words';

export interface StageOutcomesProps {
  session: SessionState;
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto auto minmax(0, 1fr)',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalXS,
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  icon: { color: tokens.colorNeutralForeground3, alignSelf: 'center' },
  stage: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground1 },
  // Wrapped, never cut: German runs a third longer than English, and a cut sentence says less than a longer one.
  outcome: { overflowWrap: 'anywhere' },
});

/** What a finished stage settled, in one line. */
export function stageOutcome(words: Words, session: SessionState, stage: Stage): string {
  const { challenge } = session;
  switch (stage) {
    case 'open': {
      const current = challenge.currentId === null ? undefined : own(challenge.versions, challenge.currentId);
      return current ? words.t('panel.outcomes.quoted', { text: isolate(current.text) }) : words.t('panel.outcomes.noStatement');
    }
    case 'learn': {
      const agreed = criteriaFor(session, 'learn').some((c) => c.id === 'definitionShared' && c.met);
      return words.t('panel.outcomes.learn', {
        agreed: agreed ? 'yes' : 'no',
        causes: Object.keys(session.causes).length,
        options: Object.keys(session.options).length,
      });
    }
    case 'plan': {
      const chosen = session.chosenOptionId === null ? undefined : own(session.options, session.chosenOptionId);
      const steps = Object.keys(session.nextSteps).length;
      return chosen
        ? words.t('panel.outcomes.plan', { option: isolate(chosen.text), steps })
        : words.t('panel.outcomes.planNoOption', { steps });
    }
    case 'close':
      return '';
  }
}

/**
 * The stages behind the conversation, folded to their outcome: where the
 * pair came from stays in view without the forms of stages already done.
 */
export const StageOutcomes = memo(function StageOutcomes({ session }: StageOutcomesProps) {
  const styles = useStyles();
  const words = useWords();
  const done = STAGES.filter((s) => stageIndex(s) < stageIndex(session.stage));
  if (done.length === 0) return null;
  return (
    <ul aria-label={words.t('panel.outcomes.label')} className={styles.list}>
      {done.map((stage) => (
        <li key={stage} className={styles.item} data-stage={stage}>
          <CheckmarkCircle16Filled aria-hidden className={styles.icon} />
          <span className={styles.stage}>{stageLabel(words, stage)}</span>
          <span className={styles.outcome}>{stageOutcome(words, session, stage)}</span>
        </li>
      ))}
    </ul>
  );
});
