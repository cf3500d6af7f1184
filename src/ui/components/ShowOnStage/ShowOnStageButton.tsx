import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ShareScreenStart20Regular } from '@fluentui/react-icons';
import type { StageSharing } from '../../../ports';
import { useWords } from '../../words';
import { InlineAlert } from '../shared';
import { useShowOnStage } from './useShowOnStage';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXS },
});

export interface ShowOnStageButtonProps {
  stage: StageSharing;
}

/**
 * Puts the session on the meeting stage so the coachee sees it large.
 * Rendered only once the host says this user may share: a button that can
 * only fail would be noise.
 */
export function ShowOnStageButton({ stage }: ShowOnStageButtonProps) {
  const styles = useStyles();
  const words = useWords();
  const state = useShowOnStage(stage);
  if (!state.available) return null;
  return (
    <div className={styles.root}>
      <Button size="small" icon={<ShareScreenStart20Regular />} disabled={state.sharing} onClick={state.share}>
        {words.t('panel.showOnStage.button')}
      </Button>
      <InlineAlert message={state.error} />
    </div>
  );
}
