import {
  applyCommand,
  carryOverDue,
  carryOverFrom,
  coachingGrowth,
  createSession,
  parseEnvelope,
  previousWithSamePair,
  samePair,
} from '../../src/domain';
import { COACH, COACHEE, DAY, IDS, MINUTE, OBSERVER, newSession, play, sessionCompleted, T0 } from '../fixtures/sessions';
import { run } from './helpers';

describe('carryOverFrom', () => {
  it('turns the previous session into a valid carry-over command that a new session accepts', () => {
    const previous = sessionCompleted();
    const command = carryOverFrom(previous);
    expect(command).toMatchObject({
      fromSessionId: 's-fixture',
      fromDate: '2026-11-25',
      challenge: 'I keep missing the weekly report deadline.',
      chosenOption: 'Ask for the data on Wednesday.',
      steps: [expect.objectContaining({ id: IDS.step, ownerName: 'Sam Coachee', done: false })],
      causes: [{ id: IDS.cause, text: 'The data arrives on Thursday evening.', authorName: 'Sam Coachee' }],
    });
    const parsed = parseEnvelope({ id: 'e', actorId: COACH.userId, at: T0 + 15 * DAY, today: '2026-12-10', command });
    expect(parsed.ok).toBe(true);
    let next = createSession({ sessionId: 's-next', organizerId: COACH.userId, at: T0 + 14 * DAY });
    next = play(next, COACH, { type: 'join', displayName: 'Alex Coach' }, 14 * DAY);
    const result = applyCommand(next, parsed.ok ? parsed.envelope : (undefined as never));
    expect(result.ok && result.state.carriedOver?.fromSessionId).toBe('s-fixture');
  });
});

describe('history with the same pair', () => {
  const sessionAt = (id: string, at: number, people = [COACH, COACHEE]) => {
    let s = createSession({ sessionId: id, organizerId: COACH.userId, at });
    for (const p of people) s = play(s, p, { type: 'join', displayName: p.displayName }, at - T0);
    return s;
  };

  it('finds the latest earlier session between the same two people, observers aside', () => {
    const older = sessionAt('a', T0);
    const newer = run(sessionAt('b', T0 + DAY, [COACH, COACHEE]), OBSERVER, { type: 'join', displayName: 'Robin' }, DAY + MINUTE);
    const other = sessionAt('c', T0 + 2 * DAY, [COACH, OBSERVER]);
    const current = sessionAt('d', T0 + 3 * DAY);
    expect(samePair(older, current)).toBe(true);
    expect(samePair(other, current)).toBe(false);
    expect(previousWithSamePair(current, [older, other, newer, current])?.sessionId).toBe('b');
    expect(previousWithSamePair(older, [newer, current])).toBeNull();
  });
});

describe('coachingGrowth', () => {
  it("counts the coachee's share of challenge statements, causes and options per session, oldest first", () => {
    let second = newSession();
    second = { ...second, sessionId: 's-2', createdAt: T0 + 7 * DAY };
    second = run(second, COACHEE, { type: 'stateChallenge', id: 'c1', text: 'Delegating more' }, 7 * DAY);
    second = run(second, COACHEE, { type: 'addCause', id: 'k1', text: 'I like control' }, 7 * DAY + MINUTE);
    second = run(second, COACH, { type: 'addCause', id: 'k2', text: 'No one trained' }, 7 * DAY + 2 * MINUTE);
    const growth = coachingGrowth([second, sessionCompleted()], COACHEE.userId);
    expect(growth.map((g) => g.sessionId)).toEqual(['s-fixture', 's-2']);
    expect(growth[0]).toMatchObject({
      challenge: { byCoachee: 1, total: 1 },
      causes: { byCoachee: 1, total: 1 },
      options: { byCoachee: 1, total: 2 },
    });
    expect(growth[1]).toMatchObject({ causes: { byCoachee: 1, total: 2 }, options: { byCoachee: 0, total: 0 } });
  });
});

describe('carryOverDue', () => {
  it('asks only the coach, once the coachee is here, in Open, before anything is carried over', () => {
    const alone = play(
      createSession({ sessionId: 's', organizerId: COACH.userId, at: T0 }),
      COACH,
      { type: 'join', displayName: 'Alex' },
      0,
    );
    expect(carryOverDue(alone, COACH.userId)).toBe(false);
    const both = newSession();
    expect(carryOverDue(both, COACH.userId)).toBe(true);
    expect(carryOverDue(both, COACHEE.userId)).toBe(false);
    expect(carryOverDue(null, COACH.userId)).toBe(false);
    expect(carryOverDue(run(both, COACH, { type: 'advance', force: true }, MINUTE), COACH.userId)).toBe(false);
    const carried = run(both, COACH, carryOverFrom({ ...sessionCompleted(), sessionId: 's-old' }), MINUTE);
    expect(carryOverDue(carried, COACH.userId)).toBe(false);
  });
});
