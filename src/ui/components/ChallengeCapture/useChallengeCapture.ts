import { useId, useState } from 'react';
import { mayIssue, own, participantWithRole } from '../../../domain';
import { byTime, nameOf } from '../../format';
import { useWords } from '../../words';
import { useRejection } from '../shared';
import type { ChallengeCaptureProps, ChallengeCaptureState } from './ChallengeCapture.types';

export function useChallengeCapture(props: ChallengeCaptureProps): ChallengeCaptureState {
  const { challenge, participants, selfId, role, mode = 'open', onState, onAgree } = props;
  const headingId = useId();
  const [draft, setDraft] = useState('');
  const stating = useRejection();
  const agreeing = useRejection();
  const words = useWords();

  const withAuthor = <T extends { authorId: string }>(v: T) => ({ ...v, authorName: nameOf(words, participants, v.authorId) });
  const currentVersion = challenge.currentId ? own(challenge.versions, challenge.currentId) : undefined;
  const current = currentVersion ? withAuthor(currentVersion) : null;
  const agreedIds = current
    ? Object.entries(challenge.agreedBy)
        .filter(([, versionId]) => versionId === current.id)
        .map(([userId]) => userId)
    : [];

  const coachee = participantWithRole(participants, 'coachee')?.displayName;
  const statementHint = current
    ? words.t('forms.challenge.hint.restating')
    : role === 'coachee'
      ? words.t('forms.challenge.hint.coachee')
      : coachee
        ? words.t('forms.challenge.hint.coacheeNamed', { name: coachee })
        : words.t('forms.challenge.hint.coacheeUnnamed');

  return {
    mode,
    words,
    statementHint,
    headingId,
    current,
    agreedNames: agreedIds.map((id) => nameOf(words, participants, id)),
    selfAgreed: agreedIds.includes(selfId),
    earlier: byTime(challenge.versions)
      .filter((v) => v.id !== challenge.currentId)
      .map(withAuthor),
    canState: mayIssue(role, 'stateChallenge'),
    canAgree: mode === 'learn' && current !== null && mayIssue(role, 'agreeChallenge'),
    draft,
    setDraft,
    stateError: stating.error,
    agreeError: agreeing.error,
    submitStatement: () => {
      // The draft is cleared only on success, so a rejected statement can be fixed and resent.
      if (stating.check(onState(draft))) setDraft('');
    },
    agree: () => {
      if (current) agreeing.check(onAgree(current.id));
    },
  };
}
