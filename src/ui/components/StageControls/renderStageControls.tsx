import { Button } from '@fluentui/react-components';
import { Suspense } from 'react';
import { ArrowRight16Regular, ArrowUndo16Regular } from '@fluentui/react-icons';
import { STAGE_LABELS } from '../../../domain';
import { InlineAlert } from '../shared';
import { stageDialogs } from './lazyStageDialogs';
import type { StageControlsState } from './StageControls.types';
import type { StageControlsClasses } from './useStageControlsStyles.styles';

export function renderStageControls(state: StageControlsState, classes: StageControlsClasses) {
  if (!state.participates) {
    return (
      <div className={classes.root}>
        <p className={classes.note}>You are observing: the coach and coachee move between stages.</p>
      </div>
    );
  }
  return (
    <div className={classes.root} role="group" aria-label="Stage controls" data-stage-controls>
      <div className={classes.actions}>
        {state.canAdvance && state.next && (
          <Button appearance="primary" icon={<ArrowRight16Regular />} iconPosition="after" onClick={state.requestAdvance}>
            Advance to {STAGE_LABELS[state.next]}
          </Button>
        )}
        {state.canGoBack && (
          <Button icon={<ArrowUndo16Regular />} onClick={() => state.setDialog('goBack')}>
            Go back…
          </Button>
        )}
      </div>
      {state.advanceNote && <p className={classes.note}>{state.advanceNote}</p>}
      {state.next === null && <p className={classes.note}>Close is the last stage.</p>}
      <InlineAlert message={state.advanceError} />

      {state.dialogsWanted && (
        <Suspense fallback={null}>
          <stageDialogs.Component state={state} />
        </Suspense>
      )}
    </div>
  );
}
