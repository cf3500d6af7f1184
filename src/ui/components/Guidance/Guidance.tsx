import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Role, Stage } from '../../../domain';
import type { Words } from '../../../words';
import { guidanceFor } from '../../content/guidance';
import { useWords } from '../../words';
import { Disclosure } from '../shared';

export interface GuidanceProps {
  stage: Stage;
  role: Role;
}

const useStyles = makeStyles({
  list: {
    ...typographyStyles.body1,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  count: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
});

/** What the stage is for, in one sentence for the reader's role. */
export function stagePurpose(words: Words, stage: Stage, role: Role): string {
  return guidanceFor(words, stage, role).purpose;
}

/**
 * What to ask, folded away until wanted: the coach (and observers, who are
 * usually learning to coach) get questions to ask; the coachee gets hints.
 */
export function Guidance({ stage, role }: GuidanceProps) {
  const styles = useStyles();
  const words = useWords();
  const { title, prompts } = guidanceFor(words, stage, role);
  return (
    <Disclosure
      key={stage}
      summary={
        <>
          {title} <span className={styles.count}>({words.number(prompts.length)})</span>
        </>
      }
    >
      <ul aria-label={title} className={styles.list}>
        {prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
    </Disclosure>
  );
}
