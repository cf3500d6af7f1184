import { memo } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Affirmation, CoacheeSummary, FollowUp, FollowUpPlan, Participant, Role, UserId } from '../../../domain';
import type { CalendarEventRef, DispatchResult, StepTasksKeeping } from '../../../ports';
import type { FollowUpSettings } from '../../hooks';
import { participantWithRole } from '../../../domain';
import { FollowUpPlanner } from '../FollowUp';
import { StepTasksStatusLine } from '../StepTasks';
import { AffirmationCapture } from './AffirmationCapture';
import { CoacheeSummaryCapture } from './CoacheeSummaryCapture';

export interface CloseChecklistProps {
  sessionId: string;
  summary: CoacheeSummary | null;
  followUp: FollowUp;
  /** What the invite carries; derived from the session by the caller. */
  plan: FollowUpPlan;
  affirmation: Affirmation | null;
  participants: Record<UserId, Participant>;
  role: Role;
  /** This user's own next steps in their To Do, where the panel keeps them; shown beside the follow-up. */
  stepTasks?: StepTasksKeeping;
  onWriteSummary(text: string): DispatchResult;
  onPlanFollowUp(settings: FollowUpSettings): DispatchResult;
  onRecordCoachEvent(event: CalendarEventRef & { notesUrl?: string }): DispatchResult;
  onRecordCoacheeAcceptance(): DispatchResult;
  onRecordChatSummary(state: 'posted' | 'uncertain'): DispatchResult;
  onGiveAffirmation(text: string): DispatchResult;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

/** Close's three parts, in the order the conversation reaches them. */
// Memoised: hidden stages stay mounted, and a change elsewhere in the session
// must not re-render a long list that did not change.
export const CloseChecklist = memo(function CloseChecklist(props: CloseChecklistProps) {
  const styles = useStyles();
  const coacheeName = participantWithRole(props.participants, 'coachee')?.displayName ?? null;
  return (
    <div className={styles.root}>
      <CoacheeSummaryCapture summary={props.summary} coacheeName={coacheeName} role={props.role} onWrite={props.onWriteSummary} />
      <FollowUpPlanner
        sessionId={props.sessionId}
        followUp={props.followUp}
        plan={props.plan}
        role={props.role}
        onPlan={props.onPlanFollowUp}
        onRecordEvent={props.onRecordCoachEvent}
        onAccepted={props.onRecordCoacheeAcceptance}
        onChatSummary={props.onRecordChatSummary}
      />
      {props.stepTasks && props.role !== 'observer' && <StepTasksStatusLine keeping={props.stepTasks} />}
      <AffirmationCapture affirmation={props.affirmation} coacheeName={coacheeName} role={props.role} onGive={props.onGiveAffirmation} />
    </div>
  );
});
