import {
  createSession,
  LIMITS,
  parseEnvelope,
  mayIssue,
  participantWithRole,
  roleOf,
  type Command,
  type CommandType,
  type Role,
  type SessionState,
} from '../../src/domain';
import {
  attempt,
  CARRY_OVER,
  COACH,
  COACHEE,
  deepFreeze,
  FOLLOW_UP_START,
  IDS,
  NEXT_WEEK,
  newSession,
  OBSERVER,
  sessionInLearn,
  sessionReadyToClose,
  sessionWithCarryOver,
  STRANGER,
  T0,
  type Actor,
} from '../fixtures/sessions';
import { expectRejected, run } from './helpers';

const withObserver = (s: SessionState) => run(s, OBSERVER, { type: 'join', displayName: OBSERVER.displayName });
const ready = () => withObserver(sessionReadyToClose());
const withFollowUp = () => run(ready(), COACH, { type: 'planFollowUp', kind: 'statusUpdate', start: FOLLOW_UP_START, durationMinutes: 30 });
const withEvent = () => run(withFollowUp(), COACH, { type: 'recordCoachEvent', eventId: 'e', iCalUId: 'i' });

interface Row {
  allowed: Role[];
  command: Command;
  /** When the command that succeeds differs by role (e.g. only about one's own items). */
  commandAs?: Partial<Record<Role, Command>>;
  arrange: () => SessionState;
}

const BOTH: Role[] = ['coach', 'coachee'];

/** Who may send each command (the product rules), with a command that then succeeds. */
const TABLE: Record<CommandType, Row> = {
  join: { allowed: ['coach', 'coachee', 'observer'], command: { type: 'join', displayName: 'Someone' }, arrange: ready },
  assignRole: { allowed: ['coach'], command: { type: 'assignRole', userId: OBSERVER.userId, role: 'observer' }, arrange: ready },
  advance: { allowed: BOTH, command: { type: 'advance', force: true }, arrange: () => withObserver(sessionInLearn()) },
  goBack: { allowed: BOTH, command: { type: 'goBack', to: 'open' }, arrange: ready },
  stateChallenge: { allowed: BOTH, command: { type: 'stateChallenge', id: 'ch-2', text: 'New' }, arrange: ready },
  removeChallenge: { allowed: BOTH, command: { type: 'removeChallenge' }, arrange: ready },
  agreeChallenge: { allowed: BOTH, command: { type: 'agreeChallenge', versionId: IDS.challenge }, arrange: ready },
  addCause: { allowed: BOTH, command: { type: 'addCause', id: 'c-2', text: 'More' }, arrange: ready },
  editCause: { allowed: BOTH, command: { type: 'editCause', id: IDS.cause, text: 'Edited' }, arrange: ready },
  removeCause: { allowed: BOTH, command: { type: 'removeCause', id: IDS.cause }, arrange: ready },
  addOption: { allowed: BOTH, command: { type: 'addOption', id: 'o-3', text: 'Another' }, arrange: ready },
  editOption: { allowed: BOTH, command: { type: 'editOption', id: IDS.optionByCoach, text: 'Edited' }, arrange: ready },
  removeOption: { allowed: BOTH, command: { type: 'removeOption', id: IDS.optionByCoach }, arrange: ready },
  chooseOption: { allowed: BOTH, command: { type: 'chooseOption', id: IDS.optionByCoach }, arrange: ready },
  addNextStep: {
    allowed: BOTH,
    command: { type: 'addNextStep', id: 's-2', text: 'Do it', ownerId: COACH.userId, due: NEXT_WEEK },
    arrange: ready,
  },
  editNextStep: { allowed: BOTH, command: { type: 'editNextStep', id: IDS.step, text: 'Reworded' }, arrange: ready },
  setNextStepDone: { allowed: BOTH, command: { type: 'setNextStepDone', id: IDS.step, done: true }, arrange: ready },
  removeNextStep: { allowed: BOTH, command: { type: 'removeNextStep', id: IDS.step }, arrange: ready },
  recordConfidence: { allowed: ['coach'], command: { type: 'recordConfidence', value: 5 }, arrange: ready },
  writeCoacheeSummary: { allowed: ['coachee'], command: { type: 'writeCoacheeSummary', text: 'I will.' }, arrange: ready },
  giveAffirmation: { allowed: ['coach'], command: { type: 'giveAffirmation', text: 'You can.' }, arrange: ready },
  planFollowUp: {
    allowed: ['coach'],
    command: { type: 'planFollowUp', kind: 'decisionMeeting', start: T0 + 86_400_000, durationMinutes: 45 },
    arrange: ready,
  },
  recordCoachEvent: {
    allowed: ['coach'],
    command: { type: 'recordCoachEvent', eventId: 'e', iCalUId: 'i' },
    arrange: withFollowUp,
  },
  recordCoacheeAcceptance: { allowed: ['coachee'], command: { type: 'recordCoacheeAcceptance' }, arrange: withEvent },
  recordChatSummary: { allowed: ['coach'], command: { type: 'recordChatSummary', state: 'posted' }, arrange: withEvent },
  carryOver: { allowed: BOTH, command: CARRY_OVER, arrange: () => withObserver(newSession()) },
  reviewCarriedStep: {
    allowed: BOTH,
    command: { type: 'reviewCarriedStep', id: 'prev-step-1', review: 'done' },
    arrange: () => withObserver(sessionWithCarryOver()),
  },
  reportCarriedDone: {
    allowed: BOTH,
    command: { type: 'reportCarriedDone', ids: ['prev-step-2'] },
    commandAs: { coach: { type: 'reportCarriedDone', ids: ['prev-coach-step'] } },
    arrange: () =>
      withObserver(
        run(newSession(), COACH, {
          ...CARRY_OVER,
          steps: [
            ...CARRY_OVER.steps,
            {
              id: 'prev-coach-step',
              text: 'Find a data contact',
              ownerId: COACH.userId,
              ownerName: COACH.displayName,
              due: '2026-11-19',
              done: false,
            },
          ],
        }),
      ),
  },
  reviewCarriedCause: {
    allowed: BOTH,
    command: { type: 'reviewCarriedCause', id: 'prev-cause-1', review: 'right' },
    arrange: () => withObserver(sessionWithCarryOver()),
  },
};

const ACTORS: Array<[Role | 'stranger', Actor]> = [
  ['coach', COACH],
  ['coachee', COACHEE],
  ['observer', OBSERVER],
  ['stranger', STRANGER],
];

const ROWS = Object.entries(TABLE) as Array<[CommandType, Row]>;

describe.each(ROWS)('%s', (type, row) => {
  it.each(ACTORS)('as %s', (who, actor) => {
    const state = row.arrange();
    const command = (who !== 'stranger' && row.commandAs?.[who]) || row.command;
    if (who === 'stranger') {
      if (type === 'join') {
        expect(attempt(deepFreeze(state), actor, row.command).ok).toBe(true);
      } else {
        expectRejected(state, actor, row.command, 'forbidden', 'notJoined');
      }
      return;
    }
    const allowed = row.allowed.includes(who);
    expect(mayIssue(who, type)).toBe(allowed);
    if (allowed) {
      const result = attempt(deepFreeze(state), actor, command);
      expect(result).toMatchObject({ ok: true });
    } else {
      const reason = expectRejected(state, actor, command, 'forbidden');
      expect(reason).toEqual(who === 'observer' ? { key: 'observersCannotChange' } : { key: 'roleMayNot', command: type });
    }
  });
});

describe('role-specific refusals', () => {
  it('the coachee summary is refused to the coach, naming the command (the UI words it)', () => {
    expectRejected(sessionReadyToClose(), COACH, { type: 'writeCoacheeSummary', text: 'They will.' }, 'forbidden', {
      key: 'roleMayNot',
      command: 'writeCoacheeSummary',
    });
  });
});

describe('join', () => {
  const fresh = () => createSession({ sessionId: 's', organizerId: COACH.userId, at: T0 });
  const someone = (n: number): Actor => ({ userId: `u-${n}`, displayName: `Person ${n}` });

  it('organizer first: coach, then coachee, then observers', () => {
    let s = run(fresh(), COACH, { type: 'join', displayName: 'Alex' });
    s = run(s, COACHEE, { type: 'join', displayName: 'Sam' });
    s = run(s, OBSERVER, { type: 'join', displayName: 'Robin' });
    expect([roleOf(s, COACH.userId), roleOf(s, COACHEE.userId), roleOf(s, OBSERVER.userId)]).toEqual(['coach', 'coachee', 'observer']);
    expect(s.participants[COACHEE.userId]).toEqual({ userId: COACHEE.userId, displayName: 'Sam', role: 'coachee' });
  });

  it('coachee first: the coachee stays coachee and the organizer still becomes coach', () => {
    let s = run(fresh(), COACHEE, { type: 'join', displayName: 'Sam' });
    expect(roleOf(s, COACHEE.userId)).toBe('coachee');
    s = run(s, COACH, { type: 'join', displayName: 'Alex' });
    expect(roleOf(s, COACH.userId)).toBe('coach');
    s = run(s, OBSERVER, { type: 'join', displayName: 'Robin' });
    expect(roleOf(s, OBSERVER.userId)).toBe('observer');
  });

  it('two others before the organizer: coachee, observer, then the organizer as coach', () => {
    let s = run(fresh(), someone(1), { type: 'join', displayName: 'One' });
    s = run(s, someone(2), { type: 'join', displayName: 'Two' });
    s = run(s, COACH, { type: 'join', displayName: 'Alex' });
    expect([roleOf(s, 'u-1'), roleOf(s, 'u-2'), roleOf(s, COACH.userId)]).toEqual(['coachee', 'observer', 'coach']);
  });

  describe('when the host could not name the organizer', () => {
    const unknownOrganizer = () => createSession({ sessionId: 's', organizerId: null, at: T0 });

    it('the first to join coaches, the next is coachee', () => {
      let s = run(unknownOrganizer(), COACH, { type: 'join', displayName: 'Alex' });
      s = run(s, COACHEE, { type: 'join', displayName: 'Sam' });
      s = run(s, OBSERVER, { type: 'join', displayName: 'Robin' });
      expect([roleOf(s, COACH.userId), roleOf(s, COACHEE.userId), roleOf(s, OBSERVER.userId)]).toEqual(['coach', 'coachee', 'observer']);
    });

    it('a coachee who arrived first hands the coach seat over: the two swap', () => {
      let s = run(unknownOrganizer(), COACHEE, { type: 'join', displayName: 'Sam' });
      s = run(s, COACH, { type: 'join', displayName: 'Alex' });
      expect(roleOf(s, COACHEE.userId)).toBe('coach');
      s = run(s, COACHEE, { type: 'assignRole', userId: COACH.userId, role: 'coach' });
      expect([roleOf(s, COACH.userId), roleOf(s, COACHEE.userId)]).toEqual(['coach', 'coachee']);
    });
  });

  it('rejoining only updates the display name and keeps the role', () => {
    const s = newSession();
    const again = run(s, COACHEE, { type: 'join', displayName: 'Sam C.' }, 10_000);
    expect(again.participants[COACHEE.userId]).toEqual({ userId: COACHEE.userId, displayName: 'Sam C.', role: 'coachee' });
    expect(again.participants[COACH.userId]).toEqual(s.participants[COACH.userId]);
    expect(Object.keys(again.participants)).toHaveLength(2);
  });

  it('keeps the address a participant reports, and a rejoin without one keeps the last', () => {
    let s = run(fresh(), COACHEE, { type: 'join', displayName: 'Sam', address: 'sam@contoso.example' });
    expect(s.participants[COACHEE.userId]?.address).toBe('sam@contoso.example');
    s = run(s, COACHEE, { type: 'join', displayName: 'Sam C.' });
    expect(s.participants[COACHEE.userId]).toMatchObject({ displayName: 'Sam C.', address: 'sam@contoso.example' });
    s = run(s, COACHEE, { type: 'join', displayName: 'Sam', address: 'sam.c@contoso.example' });
    expect(s.participants[COACHEE.userId]?.address).toBe('sam.c@contoso.example');
  });

  it('refuses an address that is not an email address', () => {
    const result = parseEnvelope({
      id: 'e1',
      actorId: COACHEE.userId,
      at: T0,
      today: '2026-11-25',
      command: { type: 'join', displayName: 'Sam', address: 'Sam <script>' },
    });
    expect(result.ok).toBe(false);
  });

  it('the organizer who handed over the coach role rejoins in their new role', () => {
    let s = run(newSession(), COACH, { type: 'assignRole', userId: COACHEE.userId, role: 'coach' });
    s = run(s, COACH, { type: 'join', displayName: 'Alex again' });
    expect(roleOf(s, COACH.userId)).toBe('coachee');
    expect(roleOf(s, COACHEE.userId)).toBe('coach');
  });

  it(`refuses a newcomer beyond ${LIMITS.participants} participants, but still lets members rejoin`, () => {
    let s = newSession();
    for (let i = 2; i < LIMITS.participants; i += 1) s = run(s, someone(i), { type: 'join', displayName: `P${i}` });
    expect(Object.keys(s.participants)).toHaveLength(LIMITS.participants);
    expectRejected(s, someone(999), { type: 'join', displayName: 'Late' }, 'limit', {
      key: 'tooMany',
      collection: 'participants',
      max: 50,
    });
    expect(run(s, COACHEE, { type: 'join', displayName: 'Sam' }).participants[COACHEE.userId]?.displayName).toBe('Sam');
  });
});

describe('assignRole', () => {
  const three = () => withObserver(newSession());
  const roles = (s: SessionState) => [COACH, COACHEE, OBSERVER].map((a) => roleOf(s, a.userId));

  it('handing the coach role to the coachee swaps the two', () => {
    const s = run(three(), COACH, { type: 'assignRole', userId: COACHEE.userId, role: 'coach' });
    expect(roles(s)).toEqual(['coachee', 'coach', 'observer']);
    // The former coach may no longer assign roles.
    expectRejected(s, COACH, { type: 'assignRole', userId: COACHEE.userId, role: 'coachee' }, 'forbidden', {
      key: 'roleMayNot',
      command: 'assignRole',
    });
  });

  it('handing the coach role to an observer makes the former coach an observer', () => {
    const s = run(three(), COACH, { type: 'assignRole', userId: OBSERVER.userId, role: 'coach' });
    expect(roles(s)).toEqual(['observer', 'coachee', 'coach']);
  });

  it('making an observer the coachee makes the former coachee an observer', () => {
    const s = run(three(), COACH, { type: 'assignRole', userId: OBSERVER.userId, role: 'coachee' });
    expect(roles(s)).toEqual(['coach', 'observer', 'coachee']);
  });

  it('the coach taking the coachee seat swaps with the coachee', () => {
    const s = run(three(), COACH, { type: 'assignRole', userId: COACH.userId, role: 'coachee' });
    expect(roles(s)).toEqual(['coachee', 'coach', 'observer']);
  });

  it('the coachee can be made an observer, leaving the seat empty', () => {
    const s = run(three(), COACH, { type: 'assignRole', userId: COACHEE.userId, role: 'observer' });
    expect(roles(s)).toEqual(['coach', 'observer', 'observer']);
    const next = run(s, STRANGER, { type: 'join', displayName: 'Kim' });
    expect(roleOf(next, STRANGER.userId)).toBe('coachee');
  });

  it('never leaves the session without a coach', () => {
    expectRejected(three(), COACH, { type: 'assignRole', userId: COACH.userId, role: 'observer' }, 'conflict', 'sessionNeedsCoach');
    const alone = run(createSession({ sessionId: 's', organizerId: COACH.userId, at: T0 }), COACH, {
      type: 'join',
      displayName: 'Alex',
    });
    expectRejected(alone, COACH, { type: 'assignRole', userId: COACH.userId, role: 'coachee' }, 'conflict', 'sessionNeedsCoach');
  });

  it('a no-op assignment succeeds and changes nothing', () => {
    const s = three();
    const result = attempt(deepFreeze(s), COACH, { type: 'assignRole', userId: COACHEE.userId, role: 'coachee' });
    expect(result).toEqual({ ok: true, state: s });
  });

  it('refuses someone who has not joined', () => {
    expectRejected(three(), COACH, { type: 'assignRole', userId: STRANGER.userId, role: 'coachee' }, 'notFound', 'personNotJoined');
    expectRejected(three(), COACH, { type: 'assignRole', userId: 'constructor', role: 'coachee' }, 'notFound');
  });
});

describe('participantWithRole', () => {
  it('finds the coach and the coachee, and nobody for a role no one holds', () => {
    const s = withObserver(sessionInLearn());
    expect(participantWithRole(s.participants, 'coach')?.userId).toBe(COACH.userId);
    expect(participantWithRole(s.participants, 'coachee')?.userId).toBe(COACHEE.userId);
    expect(participantWithRole(s.participants, 'observer')?.userId).toBe(OBSERVER.userId);
    expect(
      participantWithRole(createSession({ sessionId: 's', organizerId: COACH.userId, at: T0 }).participants, 'coachee'),
    ).toBeUndefined();
  });
});
