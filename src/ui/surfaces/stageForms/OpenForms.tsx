import { ChallengeCapture } from '../../components/ChallengeCapture';
import { PreviousPlanReview } from '../../components/PreviousPlan';
import type { StageFormsProps } from './StageForms.types';

/**
 * Open: a status update on the previous plan when there was one, then agree
 * the topic, a first statement of the challenge or opportunity.
 */
export default function OpenForms({ session, role, selfId, commands }: StageFormsProps) {
  return (
    <>
      {session.carriedOver && (
        <PreviousPlanReview
          carriedOver={session.carriedOver}
          role={role}
          onReviewStep={commands.reviewCarriedStep}
          onReviewCause={commands.reviewCarriedCause}
        />
      )}
      <ChallengeCapture
        mode="open"
        challenge={session.challenge}
        participants={session.participants}
        selfId={selfId}
        role={role}
        onState={commands.stateChallenge}
        onAgree={commands.agreeChallenge}
      />
    </>
  );
}
