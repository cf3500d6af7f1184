import { confidenceSuggestion, participantWithRole } from '../../../domain';
import { ConfidenceCapture } from '../../components/ConfidencePicker';
import { NextSteps } from '../../components/NextSteps';
import { OptionChooser } from '../../components/OptionChooser';
import { useWords } from '../../words';
import type { StageFormsProps } from './StageForms.types';

/** Plan: choose an option, list the next steps, and (the coach) record confidence. */
export default function PlanForms({ session, role, today, commands }: StageFormsProps) {
  const { participants } = session;
  const words = useWords();
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
        coacheeName={participantWithRole(participants, 'coachee')?.displayName ?? null}
        role={role}
        suggestion={confidenceSuggestion(session)}
        onRecord={commands.recordConfidence}
        // Recorded in the timeline, in the words of the one who sends the conversation back.
        onGoBackToLearn={() => commands.goBack('learn', words.t('forms.plan.lowConfidenceReason'))}
      />
    </>
  );
}
