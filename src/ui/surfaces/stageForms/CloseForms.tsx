import { useMemo } from 'react';
import { followUpPlan } from '../../../domain';
import { CloseChecklist } from '../../components/CloseChecklist';
import { usePorts } from '../../hooks';
import type { StageFormsProps } from './StageForms.types';

/** Close: the coachee's summary, the follow-up on both calendars, the coach's affirmation. */
export default function CloseForms({ session, role, commands }: StageFormsProps) {
  const { stepTasks } = usePorts();
  // Only what the plan reads: Close stays memoised against unrelated changes (the timeline, a timer).
  const { participants, challenge, options, chosenOptionId, nextSteps, coacheeSummary, followUp } = session;
  const plan = useMemo(
    () => followUpPlan({ ...session, participants, challenge, options, chosenOptionId, nextSteps, coacheeSummary, followUp }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the rest of the session does not reach the plan
    [participants, challenge, options, chosenOptionId, nextSteps, coacheeSummary, followUp],
  );
  return (
    <CloseChecklist
      sessionId={session.sessionId}
      plan={plan}
      summary={session.coacheeSummary}
      followUp={session.followUp}
      affirmation={session.affirmation}
      participants={session.participants}
      role={role}
      stepTasks={stepTasks}
      onWriteSummary={commands.writeCoacheeSummary}
      onPlanFollowUp={commands.planFollowUp}
      onRecordCoachEvent={commands.recordCoachEvent}
      onRecordCoacheeAcceptance={commands.recordCoacheeAcceptance}
      onRecordChatSummary={commands.recordChatSummary}
      onGiveAffirmation={commands.giveAffirmation}
    />
  );
}
