import { AdvanceAnywayDialog } from './AdvanceAnywayDialog';
import { ConfidenceDialog } from './ConfidenceDialog';
import { GoBackDialog } from './GoBackDialog';
import type { StageControlsState } from './StageControls.types';

/**
 * The stage dialogs, loaded on demand: never needed to paint the panel. Once
 * loaded they stay mounted (closed, empty <dialog> elements), so opening one
 * never waits and closing one lets the browser put focus back.
 */
export default function StageDialogs({ state }: { state: StageControlsState }) {
  const closeDialog = () => state.setDialog('none');
  return (
    <>
      <AdvanceAnywayDialog
        open={state.dialog === 'advanceAnyway'}
        from={state.stage}
        to={state.next ?? state.stage}
        missing={state.missing}
        reader={state.reader}
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
        onGoOnAnyway={state.goOnAtLowConfidence}
      />
    </>
  );
}
