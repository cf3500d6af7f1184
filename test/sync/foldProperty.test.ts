import fc from 'fast-check';
import { applyCommand, createSession, type Command, type SessionState } from '../../src/domain';
import { importLog, SessionLog, type LoggedOp } from '../../src/sync/sessionLog';
import { COACH, COACHEE, FOLLOW_UP_START, NEXT_WEEK, OBSERVER, STRANGER, T0, TODAY } from '../fixtures/sessions';

// Whatever order the same ops arrive in, however they are batched into
// merges, duplicated or mixed with junk, the log folds them to the state of
// the sorted order: the fold's convergence, with the checkpoints and the
// binary insertion under it.

const genesis = { sessionId: 's-property', organizerId: COACH.userId, at: T0 };

/** The opening of a real conversation (see test/fixtures/syncMeeting.ts), so the random ops that follow mostly land in a live session. */
const OPENING: [string, Command][] = [
  [COACH.userId, { type: 'join', displayName: COACH.displayName }],
  [COACHEE.userId, { type: 'join', displayName: COACHEE.displayName }],
  [COACHEE.userId, { type: 'stateChallenge', id: 'ch-1', text: 'I keep missing the weekly report deadline.' }],
  [COACH.userId, { type: 'advance' }],
  [COACH.userId, { type: 'agreeChallenge', versionId: 'ch-1' }],
  [COACHEE.userId, { type: 'addCause', id: 'cause-1', text: 'The data arrives on Thursday evening.' }],
  [COACHEE.userId, { type: 'addOption', id: 'opt-1', text: 'Ask for the data on Wednesday.' }],
  [COACH.userId, { type: 'addOption', id: 'opt-2', text: 'Move the report to Monday.' }],
];

const actor = fc.constantFrom(
  COACH.userId,
  COACH.userId,
  COACH.userId,
  COACHEE.userId,
  COACHEE.userId,
  COACHEE.userId,
  OBSERVER.userId,
  STRANGER.userId,
);
const stage = fc.constantFrom('open' as const, 'learn' as const, 'plan' as const, 'close' as const);
const few = (prefix: string) => fc.constantFrom(`${prefix}-1`, `${prefix}-2`, `${prefix}-3`);
const words = fc.constantFrom('Pair on reviews', 'Ask finance', 'Block Wednesday mornings', 'Talk to the data team');
const owner = fc.constantFrom(COACH.userId, COACHEE.userId, OBSERVER.userId);
// A due date in the past is refused by the domain: one more way to be refused.
const due = fc.constantFrom(NEXT_WEEK, NEXT_WEEK, '2020-01-01');

/** Commands people send, stage changes and goBack loops weighted up; many will be refused in the order they end up in. */
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ type: fc.constant('join' as const), displayName: fc.constantFrom('Alex', 'Sam', 'Robin') }) },
  { weight: 6, arbitrary: fc.record({ type: fc.constant('advance' as const), force: fc.boolean() }) },
  {
    weight: 5,
    arbitrary: fc.record({ type: fc.constant('goBack' as const), to: stage, reason: fc.constantFrom('Low confidence', 'Wrong topic') }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('stateChallenge' as const), id: few('ch'), text: words }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('agreeChallenge' as const), versionId: few('ch') }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constantFrom('addCause' as const, 'editCause' as const), id: few('cause'), text: words }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('removeCause' as const), id: few('cause') }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constantFrom('addOption' as const, 'editOption' as const), id: few('opt'), text: words }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('removeOption' as const), id: few('opt') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('chooseOption' as const), id: fc.option(few('opt'), { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('addNextStep' as const), id: few('step'), text: words, ownerId: owner, due }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('editNextStep' as const), id: few('step'), text: words }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('setNextStepDone' as const), id: few('step'), done: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('recordConfidence' as const), value: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('writeCoacheeSummary' as const), text: words }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('giveAffirmation' as const), text: words }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('planFollowUp' as const),
      kind: fc.constant('statusUpdate' as const),
      start: fc.constant(FOLLOW_UP_START),
      durationMinutes: fc.constant(30),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('assignRole' as const),
      userId: owner,
      role: fc.constantFrom('coach' as const, 'coachee' as const, 'observer' as const),
    }),
  },
);

function logged(lamport: number, id: string, actorId: string, cmd: Command): LoggedOp {
  return { lamport, envelope: { id, actorId, at: T0 + lamport * 1000, today: TODAY, command: cmd } };
}

/**
 * The opening at Lamport times 1..8, then the random ops at any time from 1
 * on: some land between the opening's ops, some share a time (the id breaks
 * the tie), as when two clients write at once.
 */
const sessionOps: fc.Arbitrary<LoggedOp[]> = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 60 }), actor, command), { minLength: 5, maxLength: 60, size: 'max' })
  .map((random) => [
    ...OPENING.map(([who, cmd], i) => logged(i + 1, `open-${i}`, who, cmd)),
    ...random.map(([lamport, who, cmd], i) => logged(lamport, `op-${String(i).padStart(2, '0')}`, who, cmd)),
  ]);

/** Malformed entries a peer might send: each must be counted as invalid and change nothing. */
const junk = fc.constantFrom<unknown>(
  null,
  { lamport: 0, envelope: {} },
  { lamport: 5, envelope: { id: 'bad id!', actorId: COACH.userId, at: T0, today: TODAY, command: { type: 'advance' } } },
  { lamport: 5, envelope: { id: 'junk', actorId: COACH.userId, at: T0, today: TODAY, command: { type: 'explode' } } },
);

interface Arrival {
  ops: LoggedOp[];
  arrival: unknown[];
  junk: number;
  cuts: number[];
  checkpointEvery: number;
}

const arrivals: fc.Arbitrary<Arrival> = sessionOps.chain((ops) =>
  fc
    .record({
      duplicates: fc.subarray(ops),
      junk: fc.array(junk, { maxLength: 3 }),
      cuts: fc.array(fc.nat({ max: 2 * ops.length + 3 }), { maxLength: 6 }),
      checkpointEvery: fc.constantFrom(1, 2, 5, 64),
    })
    .chain(({ duplicates, junk: bad, cuts, checkpointEvery }) => {
      // Copies, as a transport hands them over: a duplicate is equal, not the same object.
      const all = [...ops, ...duplicates.map((op) => structuredClone(op)), ...bad];
      return fc
        .shuffledSubarray(all, { minLength: all.length })
        .map((arrival) => ({ ops, arrival, junk: bad.length, cuts, checkpointEvery }));
    }),
);

function batches(items: readonly unknown[], cuts: readonly number[]): unknown[][] {
  const at = [...new Set(cuts.map((c) => Math.min(c, items.length)))].sort((a, b) => a - b);
  return [0, ...at].map((start, i) => items.slice(start, at[i] ?? items.length));
}

const byLogOrder = (a: LoggedOp, b: LoggedOp) => a.lamport - b.lamport || (a.envelope.id < b.envelope.id ? -1 : 1);

/** The fold by definition: the ops in log order through the domain, refusals changing nothing. */
function foldSorted(ops: readonly LoggedOp[]): SessionState {
  return [...ops].sort(byLogOrder).reduce((state, op) => {
    const result = applyCommand(state, op.envelope);
    return result.ok ? result.state : state;
  }, createSession(genesis));
}

describe('folding the session log', () => {
  it('gives the state of the sorted order, whatever the arrival order and batching', () => {
    fc.assert(
      fc.property(arrivals, ({ ops, arrival, junk: bad, cuts, checkpointEvery }) => {
        const log = new SessionLog(genesis, { checkpointEvery });
        let added = 0;
        let invalid = 0;
        for (const batch of batches(arrival, cuts)) {
          const result = log.merge(batch);
          added += result.added;
          invalid += result.invalid;
        }
        const sorted = [...ops].sort(byLogOrder);
        const inOrder = importLog(genesis, sorted).log;
        expect({ added, invalid }).toEqual({ added: ops.length, invalid: bad });
        expect(log.entries).toEqual(sorted);
        expect(log.state).toStrictEqual(inOrder.state);
        expect(log.state).toStrictEqual(foldSorted(ops));
        for (const op of ops) expect(log.op(op.envelope.id)).toEqual(op);
      }),
    );
  });

  it('stamps local ops after what it merged, and the peer folds them to the same state', () => {
    fc.assert(
      fc.property(arrivals, fc.array(fc.tuple(fc.constantFrom(COACH.userId, COACHEE.userId), command), { maxLength: 8 }), (a, locals) => {
        const log = new SessionLog(genesis, { checkpointEvery: a.checkpointEvery });
        log.merge(a.arrival);
        const made: LoggedOp[] = [];
        locals.forEach(([who, cmd], i) => {
          const result = log.local(cmd, who, T0 + 100_000 + i, TODAY, `local-${i}`);
          if (result.ok) made.push(result.op);
        });
        const peer = new SessionLog(genesis);
        peer.merge([...made].reverse());
        peer.merge(a.ops);
        expect(peer.state).toStrictEqual(log.state);
        expect(log.state).toStrictEqual(foldSorted([...a.ops, ...made]));
      }),
    );
  });
});
