import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useId } from 'react';
import { GUIDANCE, type Role, type Stage } from '../../../domain';

export interface GuidanceProps {
  stage: Stage;
  role: Role;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  purpose: { ...typographyStyles.body1, margin: 0 },
  heading: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorNeutralForeground2 },
  list: {
    ...typographyStyles.caption1,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
});

/**
 * What the stage is for and what to ask. The coach (and observers, who are
 * usually learning to coach) get questions to ask; the coachee gets hints.
 */
export function Guidance({ stage, role }: GuidanceProps) {
  const styles = useStyles();
  const headingId = useId();
  const guidance = GUIDANCE[stage];
  const forCoachee = role === 'coachee';
  const prompts = forCoachee ? guidance.coacheePrompts : guidance.coachPrompts;
  return (
    <div className={styles.root}>
      <p className={styles.purpose}>{guidance.purpose}</p>
      <p id={headingId} className={styles.heading}>
        {forCoachee ? 'Things to consider' : 'Questions to ask'}
      </p>
      <ul aria-labelledby={headingId} className={styles.list}>
        {prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
    </div>
  );
}
