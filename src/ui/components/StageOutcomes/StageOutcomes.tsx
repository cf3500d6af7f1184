import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { CheckmarkCircle16Filled } from '@fluentui/react-icons';
import { memo } from 'react';
import { criteriaFor, own, STAGE_LABELS, STAGES, stageIndex, type SessionState, type Stage } from '../../../domain';

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
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  icon: { color: tokens.colorNeutralForeground3 },
  stage: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground1 },
  // One line each: the whole text stays in the page (screen readers read it), the eye gets an ellipsis.
  outcome: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a finished stage settled, in one line. */
export function stageOutcome(session: SessionState, stage: Stage): string {
  const { challenge } = session;
  switch (stage) {
    case 'open': {
      const current = challenge.currentId === null ? undefined : own(challenge.versions, challenge.currentId);
      return current ? `“${current.text}”` : 'No statement yet';
    }
    case 'learn': {
      const agreed = criteriaFor(session, 'learn').some((c) => c.id === 'definitionShared' && c.met);
      const causes = count(Object.keys(session.causes).length, 'cause', 'causes');
      const options = count(Object.keys(session.options).length, 'option', 'options');
      return `${agreed ? 'Definition agreed' : 'Definition not agreed'} · ${causes} · ${options}`;
    }
    case 'plan': {
      const chosen = session.chosenOptionId === null ? undefined : own(session.options, session.chosenOptionId);
      const steps = count(Object.keys(session.nextSteps).length, 'step', 'steps');
      return chosen ? `“${chosen.text}” · ${steps}` : `No option chosen · ${steps}`;
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
  const done = STAGES.filter((s) => stageIndex(s) < stageIndex(session.stage));
  if (done.length === 0) return null;
  return (
    <ul aria-label="Stages so far" className={styles.list}>
      {done.map((stage) => (
        <li key={stage} className={styles.item} data-stage={stage}>
          <CheckmarkCircle16Filled aria-hidden className={styles.icon} />
          <span className={styles.stage}>{STAGE_LABELS[stage]}</span>
          <span className={styles.outcome}>{stageOutcome(session, stage)}</span>
        </li>
      ))}
    </ul>
  );
});
