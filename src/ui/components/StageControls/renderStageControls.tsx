import { Button } from '@fluentui/react-components';
import { Suspense } from 'react';
import { ArrowRight16Regular, ArrowUndo16Regular } from '@fluentui/react-icons';
import { stageLabel } from '../../format';
import { InlineAlert } from '../shared';
import { stageDialogs } from './lazyStageDialogs';
import type { StageControlsState } from './StageControls.types';
import type { StageControlsClasses } from './useStageControlsStyles.styles';

export function renderStageControls(state: StageControlsState, classes: StageControlsClasses) {
  const { words } = state;
  if (!state.participates) {
    // Someone the live session has not seated yet may be coach or coachee: the connection line says their role comes.
    if (!state.seated) return null;
    return (
      <div className={classes.root}>
        <p className={classes.note}>{words.t('panel.controls.observing')}</p>
      </div>
    );
  }
  return (
    <div className={classes.root} role="group" aria-label={words.t('panel.controls.label')} data-stage-controls>
      <div className={classes.actions}>
        {state.canAdvance && state.next && (
          <Button appearance="primary" icon={<ArrowRight16Regular />} iconPosition="after" onClick={state.requestAdvance}>
            {words.t('panel.controls.advance', { stage: stageLabel(words, state.next) })}
          </Button>
        )}
        {state.canGoBack && (
          <Button icon={<ArrowUndo16Regular />} onClick={() => state.setDialog('goBack')}>
            {words.t('panel.controls.goBack')}
          </Button>
        )}
      </div>
      {state.advanceNote && <p className={classes.note}>{state.advanceNote}</p>}
      {state.next === null && (
        <p className={classes.note}>{words.t('panel.controls.lastStage', { stage: stageLabel(words, state.stage) })}</p>
      )}
      <InlineAlert message={state.advanceError} />

      {state.dialogsWanted && (
        <Suspense fallback={null}>
          <stageDialogs.Component state={state} />
        </Suspense>
      )}
    </div>
  );
}
