import { LIMITS } from '../limits';
import { has, size, withEntry } from '../records';
import { reject } from '../result';
import type { ChallengeVersion } from '../session';
import { applied, type Handler } from './types';

/**
 * Restating adds a version rather than overwriting: earlier definitions stay
 * visible, and agreement given to an old version no longer counts.
 */
export const stateChallenge: Handler<'stateChallenge'> = (state, command, envelope) => {
  const { challenge } = state;
  if (has(challenge.versions, command.id)) {
    return reject('conflict', { key: 'alreadyExists', item: 'challenge' });
  }
  if (size(challenge.versions) >= LIMITS.itemsPerCollection) {
    return reject('limit', { key: 'tooMany', collection: 'challengeVersions', max: LIMITS.itemsPerCollection });
  }
  const version: ChallengeVersion = {
    id: command.id,
    text: command.text,
    authorId: envelope.actorId,
    at: envelope.at,
  };
  return applied({
    ...state,
    challenge: {
      versions: withEntry(challenge.versions, version.id, version),
      currentId: version.id,
      // Whoever states it agrees with their own words.
      agreedBy: withEntry(challenge.agreedBy, envelope.actorId, version.id),
    },
  });
};

export const removeChallenge: Handler<'removeChallenge'> = (state) => {
  if (state.challenge.currentId === null) {
    return reject('conflict', { key: 'noChallengeToRemove' });
  }
  return applied({ ...state, challenge: { ...state.challenge, currentId: null } });
};

export const agreeChallenge: Handler<'agreeChallenge'> = (state, command, envelope) => {
  const { challenge } = state;
  if (challenge.currentId === null) {
    return reject('conflict', { key: 'noChallengeToAgree' });
  }
  if (command.versionId !== challenge.currentId) {
    return reject('conflict', { key: 'challengeRestated' });
  }
  return applied({
    ...state,
    challenge: { ...challenge, agreedBy: withEntry(challenge.agreedBy, envelope.actorId, command.versionId) },
  });
};
