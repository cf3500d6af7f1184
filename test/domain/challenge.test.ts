import { LIMITS, type SessionState } from '../../src/domain';
import { COACH, COACHEE, IDS, MINUTE, newSession, sessionInLearn, T0 } from '../fixtures/sessions';
import { expectRejected, run } from './helpers';

describe('stateChallenge', () => {
  it('adds a version, makes it current, and counts as the author agreeing', () => {
    const s = run(newSession(), COACHEE, { type: 'stateChallenge', id: 'ch-1', text: '  Too many meetings  ' }, 2 * MINUTE);
    expect(s.challenge).toEqual({
      versions: { 'ch-1': { id: 'ch-1', text: 'Too many meetings', authorId: COACHEE.userId, at: T0 + 2 * MINUTE } },
      currentId: 'ch-1',
      agreedBy: { [COACHEE.userId]: 'ch-1' },
    });
  });

  it('restating keeps earlier versions; agreement to the old one no longer counts as current', () => {
    const s = run(sessionInLearn(), COACH, { type: 'stateChallenge', id: 'ch-2', text: 'Reports depend on late data.' });
    expect(Object.keys(s.challenge.versions)).toEqual([IDS.challenge, 'ch-2']);
    expect(s.challenge.versions[IDS.challenge]?.authorId).toBe(COACHEE.userId);
    expect(s.challenge.versions['ch-2']?.authorId).toBe(COACH.userId);
    expect(s.challenge.currentId).toBe('ch-2');
    expect(s.challenge.agreedBy).toEqual({ [COACHEE.userId]: IDS.challenge, [COACH.userId]: 'ch-2' });
  });

  it('refuses an id that was already used, even for an old version', () => {
    let s = sessionInLearn();
    expectRejected(s, COACH, { type: 'stateChallenge', id: IDS.challenge, text: 'x' }, 'conflict', {
      key: 'alreadyExists',
      item: 'challenge',
    });
    s = run(s, COACH, { type: 'stateChallenge', id: 'ch-2', text: 'y' });
    expectRejected(s, COACH, { type: 'stateChallenge', id: IDS.challenge, text: 'x' }, 'conflict');
  });

  it(`refuses more than ${LIMITS.itemsPerCollection} versions`, () => {
    const base = newSession();
    const versions: SessionState['challenge']['versions'] = {};
    for (let i = 0; i < LIMITS.itemsPerCollection; i += 1) {
      versions[`v${i}`] = { id: `v${i}`, text: 't', authorId: COACH.userId, at: T0 };
    }
    const full: SessionState = { ...base, challenge: { versions, currentId: 'v0', agreedBy: {} } };
    expectRejected(full, COACH, { type: 'stateChallenge', id: 'one-more', text: 't' }, 'limit', {
      key: 'tooMany',
      collection: 'challengeVersions',
      max: 200,
    });
  });
});

describe('removeChallenge', () => {
  it('clears the current statement and keeps its history', () => {
    const before = sessionInLearn();
    const s = run(before, COACH, { type: 'removeChallenge' });
    expect(s.challenge.currentId).toBeNull();
    expect(s.challenge.versions).toEqual(before.challenge.versions);
  });

  it('is refused when there is no current statement', () => {
    expectRejected(newSession(), COACH, { type: 'removeChallenge' }, 'conflict', 'noChallengeToRemove');
    const removed = run(sessionInLearn(), COACH, { type: 'removeChallenge' });
    expectRejected(removed, COACHEE, { type: 'removeChallenge' }, 'conflict');
  });
});

describe('agreeChallenge', () => {
  it('records agreement with the current statement', () => {
    const s = run(sessionInLearn(), COACH, { type: 'agreeChallenge', versionId: IDS.challenge });
    expect(s.challenge.agreedBy).toEqual({ [COACHEE.userId]: IDS.challenge, [COACH.userId]: IDS.challenge });
  });

  it('agreeing twice changes nothing', () => {
    const once = run(sessionInLearn(), COACHEE, { type: 'agreeChallenge', versionId: IDS.challenge });
    expect(once.challenge).toEqual(sessionInLearn().challenge);
  });

  it('refuses agreement with a statement that has been restated', () => {
    const s = run(sessionInLearn(), COACHEE, { type: 'stateChallenge', id: 'ch-2', text: 'Sharper.' });
    expectRejected(s, COACH, { type: 'agreeChallenge', versionId: IDS.challenge }, 'conflict', 'challengeRestated');
    expectRejected(s, COACH, { type: 'agreeChallenge', versionId: 'never-existed' }, 'conflict');
  });

  it('refuses agreement when there is no statement', () => {
    expectRejected(newSession(), COACH, { type: 'agreeChallenge', versionId: 'ch-1' }, 'conflict', 'noChallengeToAgree');
    const removed = run(sessionInLearn(), COACHEE, { type: 'removeChallenge' });
    expectRejected(removed, COACH, { type: 'agreeChallenge', versionId: IDS.challenge }, 'conflict');
  });
});
