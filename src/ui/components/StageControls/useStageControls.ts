import { useEffect, useState } from 'react';
import { confidenceSuggestion, criteriaFor, earlierStages, mayIssue, nextStage, participantWithRole } from '../../../domain';
import { stageLabel } from '../../format';
import { useWords } from '../../words';
import { useRejection } from '../shared';
import { stageDialogs } from './lazyStageDialogs';
import type { StageControlsProps, StageControlsState, StageDialog } from './StageControls.types';

/** Long enough for first paint and the session to settle, short enough to beat a first click. */
const DIALOG_PRELOAD_DELAY_MS = 1_000;

export function useStageControls(props: StageControlsProps): StageControlsState {
  const { session, role, reader, onAdvance, onAdvanceAnyway, onGoBack, onRecordConfidence } = props;
  const words = useWords();
  const [dialog, setDialogState] = useState<StageDialog>('none');
  // The dialogs mount once their chunk is here (or on first use) and then stay (see StageDialogs).
  const [dialogsWanted, setDialogsWanted] = useState(stageDialogs.isLoaded);
  const setDialog = (next: StageDialog) => {
    if (next !== 'none') setDialogsWanted(true);
    setDialogState(next);
  };
  const advancing = useRejection();

  const stage = session.stage;
  const next = nextStage(stage);
  const earlier = earlierStages(stage);
  const participates = mayIssue(role, 'advance') || mayIssue(role, 'goBack');

  // Fetch and mount the dialogs once the panel has painted, so opening one never waits
  // and Fluent's focus manager is already tracking focus when a trigger is pressed.
  useEffect(() => {
    if (!participates) return;
    let live = true;
    const id = setTimeout(() => {
      void stageDialogs.preload().then(() => live && setDialogsWanted(true));
    }, DIALOG_PRELOAD_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(id);
    };
  }, [participates]);
  // The domain lets only the coach move to Close; offering the button to others would only earn a refusal.
  const closeIsCoachOnly = next === 'close' && role !== 'coach';
  const canAdvance = next !== null && mayIssue(role, 'advance') && !closeIsCoachOnly;
  const missing = criteriaFor(session, stage).filter((c) => !c.met);

  const continueAdvance = () => {
    if (missing.length > 0) {
      setDialog('advanceAnyway');
      return;
    }
    setDialog('none');
    advancing.check(onAdvance());
  };

  return {
    words,
    stage,
    next,
    earlier,
    participates,
    seated: props.seated ?? true,
    canAdvance,
    advanceNote: participates && closeIsCoachOnly ? words.t('panel.controls.onlyCoachCloses', { stage: stageLabel(words, 'close') }) : null,
    canGoBack: earlier.length > 0 && mayIssue(role, 'goBack'),
    missing,
    reader,
    coacheeName: participantWithRole(session.participants, 'coachee')?.displayName ?? null,
    confidence: session.confidence,
    suggestion: confidenceSuggestion(session),
    dialog,
    dialogsWanted,
    setDialog,
    advanceError: advancing.error,
    requestAdvance: () => {
      advancing.reset();
      // The confidence gate comes first: the domain refuses Close without it, even "anyway";
      // and low confidence is never clicked past: the dialog asks to go back or on, deliberately.
      if (next === 'close' && (session.confidence === null || confidenceSuggestion(session) !== null)) setDialog('confidence');
      else continueAdvance();
    },
    continueAdvance,
    advanceAnyway: (reason) => onAdvanceAnyway(reason),
    goOnAtLowConfidence: (reason) => (missing.length > 0 ? onAdvanceAnyway(reason) : onAdvance(reason)),
    goBack: (to, reason) => onGoBack(to, reason),
    // Recorded in the timeline in the words of whoever sent the conversation back, as a typed reason is.
    goBackToLearn: () => onGoBack('learn', words.t('panel.controls.lowConfidenceReason')),
    recordConfidence: (value) => onRecordConfidence(value),
  };
}
