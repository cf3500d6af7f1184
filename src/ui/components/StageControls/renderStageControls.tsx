import { Button } from '@fluentui/react-components';
import { ArrowRight16Regular, ArrowUndo16Regular } from '@fluentui/react-icons';
import { STAGE_LABELS } from '../../../domain';
import { InlineAlert } from '../shared';
import { AdvanceAnywayDialog } from './AdvanceAnywayDialog';
import { ConfidenceDialog } from './ConfidenceDialog';
import { GoBackDialog } from './GoBackDialog';
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
  const closeDialog = () => state.setDialog('none');
  return (
    <div className={classes.root} role="group" aria-label="Stage controls">
      <div className={classes.actions}>
        {state.canAdvance && state.next && (
          <Button
            {...state.restoreFocusTarget}
            appearance="primary"
            icon={<ArrowRight16Regular />}
            iconPosition="after"
            onClick={state.requestAdvance}
          >
            Advance to {STAGE_LABELS[state.next]}
          </Button>
        )}
        {state.canGoBack && (
          <Button {...state.restoreFocusTarget} icon={<ArrowUndo16Regular />} onClick={() => state.setDialog('goBack')}>
            Go back…
          </Button>
        )}
      </div>
      {state.advanceNote && <p className={classes.note}>{state.advanceNote}</p>}
      {state.next === null && <p className={classes.note}>Close is the last stage.</p>}
      <InlineAlert message={state.advanceError} />

      {/* Dialogs stay mounted: unmounting one as it closes (the stage just changed) would cut
          short Fluent's focus restore and leave the page hidden from assistive technology. */}
      <AdvanceAnywayDialog
        open={state.dialog === 'advanceAnyway'}
        from={state.stage}
        to={state.next ?? state.stage}
        missing={state.missing}
        onOpenChange={(open) => (open ? state.setDialog('advanceAnyway') : closeDialog())}
        onConfirm={state.advanceAnyway}
      />
      <GoBackDialog
        open={state.dialog === 'goBack'}
        stages={state.earlier}
        onOpenChange={(open) => (open ? state.setDialog('goBack') : closeDialog())}
        onConfirm={state.goBack}
      />
      <ConfidenceDialog
        open={state.dialog === 'confidence'}
        coacheeName={state.coacheeName}
        confidence={state.confidence}
        suggestion={state.suggestion}
        onOpenChange={(open) => (open ? state.setDialog('confidence') : closeDialog())}
        onRecord={state.recordConfidence}
        onGoBackToLearn={state.goBackToLearn}
        onContinue={state.continueAdvance}
      />
    </div>
  );
}
