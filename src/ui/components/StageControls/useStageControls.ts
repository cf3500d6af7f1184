import { useRestoreFocusTarget } from '@fluentui/react-components';
import { useState } from 'react';
import { confidenceSuggestion, criteriaFor, earlierStages, mayIssue, nextStage } from '../../../domain';
import { participantWithRole } from '../../format';
import { useRejection } from '../shared';
import type { StageControlsProps, StageControlsState, StageDialog } from './StageControls.types';

/** Recorded in the timeline when the confidence gate sends the conversation back. */
const LOW_CONFIDENCE_REASON = 'Low confidence in the plan: something is missing.';

export function useStageControls(props: StageControlsProps): StageControlsState {
  const { session, role, onAdvance, onAdvanceAnyway, onGoBack, onRecordConfidence } = props;
  const [dialog, setDialog] = useState<StageDialog>('none');
  const advancing = useRejection();
  // Dialogs here open from state, not a DialogTrigger, so the buttons say where focus returns.
  const restoreFocusTarget = useRestoreFocusTarget();

  const stage = session.stage;
  const next = nextStage(stage);
  const earlier = earlierStages(stage);
  const participates = mayIssue(role, 'advance') || mayIssue(role, 'goBack');
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
    stage,
    next,
    earlier,
    participates,
    canAdvance,
    advanceNote: participates && closeIsCoachOnly ? 'Only the coach moves the conversation to Close.' : null,
    canGoBack: earlier.length > 0 && mayIssue(role, 'goBack'),
    missing,
    coacheeName: participantWithRole(session.participants, 'coachee')?.displayName ?? 'the coachee',
    confidence: session.confidence,
    suggestion: confidenceSuggestion(session),
    dialog,
    setDialog,
    restoreFocusTarget,
    advanceError: advancing.error,
    requestAdvance: () => {
      advancing.reset();
      // The confidence gate comes first: the domain refuses Close without it, even "anyway".
      if (next === 'close' && session.confidence === null) setDialog('confidence');
      else continueAdvance();
    },
    continueAdvance,
    advanceAnyway: (reason) => onAdvanceAnyway(reason),
    goBack: (to, reason) => onGoBack(to, reason),
    goBackToLearn: () => onGoBack('learn', LOW_CONFIDENCE_REASON),
    recordConfidence: (value) => onRecordConfidence(value),
  };
}
