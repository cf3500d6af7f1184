import { useId } from 'react';
import { confidenceSuggestion, criteriaFor, STAGE_LABELS, type LocalDate, type Role, type SessionState, type UserId } from '../../domain';
import { ChallengeCapture } from '../components/ChallengeCapture';
import { CloseChecklist } from '../components/CloseChecklist';
import { ConfidenceCapture } from '../components/ConfidencePicker';
import { ContributionList } from '../components/ContributionList';
import { CriteriaList } from '../components/CriteriaList';
import { Guidance } from '../components/Guidance';
import { NextSteps } from '../components/NextSteps';
import { OptionChooser } from '../components/OptionChooser';
import { StageControls } from '../components/StageControls';
import { participantWithRole } from '../format';
import type { Commands } from '../hooks';
import { useSidePanelStyles } from './useSidePanelStyles.styles';

export interface StageWorkspaceProps {
  session: SessionState;
  role: Role;
  selfId: UserId;
  today: LocalDate;
  commands: Commands;
}

/** The current stage: its guidance, its criteria, what to capture in it, and the way on (or back). */
export function StageWorkspace({ session, role, selfId, today, commands }: StageWorkspaceProps) {
  const styles = useSidePanelStyles();
  const headingId = useId();
  const { stage, participants } = session;
  const label = STAGE_LABELS[stage];

  return (
    <section aria-labelledby={headingId} className={styles.stage}>
      <h2 id={headingId} className={styles.stageHeading}>
        Current stage: {label}
      </h2>
      <Guidance stage={stage} role={role} />
      <CriteriaList criteria={criteriaFor(session, stage)} label={`Criteria for ${label}`} />

      {(stage === 'open' || stage === 'learn') && (
        <ChallengeCapture
          mode={stage}
          challenge={session.challenge}
          participants={participants}
          selfId={selfId}
          role={role}
          onState={commands.stateChallenge}
          onAgree={commands.agreeChallenge}
        />
      )}
      {stage === 'learn' && (
        <>
          <ContributionList
            kind="cause"
            items={session.causes}
            participants={participants}
            role={role}
            onAdd={commands.addCause}
            onEdit={commands.editCause}
            onRemove={commands.removeCause}
          />
          <ContributionList
            kind="option"
            items={session.options}
            participants={participants}
            role={role}
            onAdd={commands.addOption}
            onEdit={commands.editOption}
            onRemove={commands.removeOption}
          />
        </>
      )}
      {stage === 'plan' && (
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
            onSetDone={commands.setNextStepDone}
            onRemove={commands.removeNextStep}
          />
          <ConfidenceCapture
            confidence={session.confidence}
            coacheeName={participantWithRole(participants, 'coachee')?.displayName ?? 'the coachee'}
            role={role}
            suggestion={confidenceSuggestion(session)}
            onRecord={commands.recordConfidence}
            onGoBackToLearn={() => commands.goBack('learn', 'Low confidence in the plan: something is missing.')}
          />
        </>
      )}
      {stage === 'close' && (
        <CloseChecklist
          summary={session.coacheeSummary}
          followUp={session.followUp}
          affirmation={session.affirmation}
          participants={participants}
          role={role}
          onWriteSummary={commands.writeCoacheeSummary}
          onPlanFollowUp={commands.planFollowUp}
          onGiveAffirmation={commands.giveAffirmation}
        />
      )}

      <StageControls
        session={session}
        role={role}
        onAdvance={commands.advance}
        onAdvanceAnyway={commands.advanceAnyway}
        onGoBack={commands.goBack}
        onRecordConfidence={commands.recordConfidence}
      />
    </section>
  );
}
