import { ChallengeCapture } from '../../components/ChallengeCapture';
import { ContributionList } from '../../components/ContributionList';
import type { StageFormsProps } from './StageForms.types';

/** Learn: redefine and agree the challenge, diagnose causes, generate options. */
export default function LearnForms({ session, role, selfId, commands }: StageFormsProps) {
  const { participants } = session;
  return (
    <>
      <ChallengeCapture
        mode="learn"
        challenge={session.challenge}
        participants={participants}
        selfId={selfId}
        role={role}
        onState={commands.stateChallenge}
        onAgree={commands.agreeChallenge}
      />
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
  );
}
