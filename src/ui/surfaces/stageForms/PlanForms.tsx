import { confidenceSuggestion } from '../../../domain';
import { ConfidenceCapture } from '../../components/ConfidencePicker';
import { NextSteps } from '../../components/NextSteps';
import { OptionChooser } from '../../components/OptionChooser';
import { participantWithRole } from '../../format';
import type { StageFormsProps } from './StageForms.types';

/** Recorded in the timeline when low confidence sends the conversation back. */
const LOW_CONFIDENCE_REASON = 'Low confidence in the plan: something is missing.';

/** Plan: choose an option, list the next steps, and (the coach) record confidence. */
export default function PlanForms({ session, role, today, commands }: StageFormsProps) {
  const { participants } = session;
  return (
    <>
      <OptionChooser
        options={session.options}
        chosenOptionId={session.chosenOptionId}
        participants={participants}
        role={role}
        onChoose={commands.chooseOption}
      />
      <NextSteps
        steps={session.nextSteps}
        participants={participants}
        role={role}
        today={today}
        onAdd={commands.addNextStep}
        onEdit={commands.editNextStep}
        onSetDone={commands.setNextStepDone}
        onRemove={commands.removeNextStep}
      />
      <ConfidenceCapture
        confidence={session.confidence}
        coacheeName={participantWithRole(participants, 'coachee')?.displayName ?? 'the coachee'}
        role={role}
        suggestion={confidenceSuggestion(session)}
        onRecord={commands.recordConfidence}
        onGoBackToLearn={() => commands.goBack('learn', LOW_CONFIDENCE_REASON)}
      />
    </>
  );
}
