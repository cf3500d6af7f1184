import { memo } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Affirmation, CoacheeSummary, FollowUp, FollowUpKind, Participant, Role, UserId } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { participantWithRole } from '../../format';
import { AffirmationCapture } from './AffirmationCapture';
import { CoacheeSummaryCapture } from './CoacheeSummaryCapture';
import { FollowUpPlanner } from './FollowUpPlanner';

export interface CloseChecklistProps {
  summary: CoacheeSummary | null;
  followUp: FollowUp;
  affirmation: Affirmation | null;
  participants: Record<UserId, Participant>;
  role: Role;
  onWriteSummary(text: string): DispatchResult;
  onPlanFollowUp(plan: { kind: FollowUpKind; start: number | null; durationMinutes: number }): DispatchResult;
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
  const coacheeName = participantWithRole(props.participants, 'coachee')?.displayName ?? 'the coachee';
  return (
    <div className={styles.root}>
      <CoacheeSummaryCapture
        summary={props.summary}
        coacheeName={coacheeName}
        role={props.role}
        onWrite={props.onWriteSummary}
      />
      <FollowUpPlanner
        followUp={props.followUp}
        coacheeName={coacheeName}
        role={props.role}
        onPlan={props.onPlanFollowUp}
      />
      <AffirmationCapture
        affirmation={props.affirmation}
        coacheeName={coacheeName}
        role={props.role}
        onGive={props.onGiveAffirmation}
      />
    </div>
  );
});
