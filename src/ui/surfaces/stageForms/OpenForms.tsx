import { ChallengeCapture } from '../../components/ChallengeCapture';
import type { StageFormsProps } from './StageForms.types';

/** Open: agree the topic, a first statement of the challenge or opportunity. */
export default function OpenForms({ session, role, selfId, commands }: StageFormsProps) {
  return (
    <ChallengeCapture
      mode="open"
      challenge={session.challenge}
      participants={session.participants}
      selfId={selfId}
      role={role}
      onState={commands.stateChallenge}
      onAgree={commands.agreeChallenge}
    />
  );
}
