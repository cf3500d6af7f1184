import { CloseChecklist } from '../../components/CloseChecklist';
import type { StageFormsProps } from './StageForms.types';

/** Close: the coachee's summary, the follow-up on both calendars, the coach's affirmation. */
export default function CloseForms({ session, role, commands }: StageFormsProps) {
  return (
    <CloseChecklist
      summary={session.coacheeSummary}
      followUp={session.followUp}
      affirmation={session.affirmation}
      participants={session.participants}
      role={role}
      onWriteSummary={commands.writeCoacheeSummary}
      onPlanFollowUp={commands.planFollowUp}
      onGiveAffirmation={commands.giveAffirmation}
    />
  );
}
