import type { APIRequestContext } from '@playwright/test';
import {
  addDays,
  applyCommand,
  archiveSession,
  carryOverFrom,
  createSession,
  parseEnvelope,
  serializeArchive,
  type ArchivedOp,
  type Command,
  type SessionState,
  type StepReview,
} from '../../src/domain';

// Three past sessions of Alex coaching Sam, played through the domain's own
// commands and stored as the real archives each person's panel would have
// saved: the coach's copy (with private notes) in Alex's OneDrive, the
// coachee's in Sam's. Sam does more of the thinking each time.

type Who = 'coach' | 'coachee';

/** The simulator's coach and coachee (src/simulator/meetingAddress.ts). */
export const COACH = { userId: 'sim-alex', displayName: 'Alex' };
export const COACHEE = { userId: 'sim-sam', displayName: 'Sam' };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** What only Alex wrote for himself: it must never reach Sam's screen. */
export const COACH_NOTES = 'Private: Sam still waits for me to name the options.';

interface SessionPlan {
  id: string;
  /** Days before now. */
  daysAgo: number;
  causes: Who[];
  options: Who[];
  /** Owners (and writers) of the next steps. */
  steps: Who[];
  learnMinutes: number;
  confidence: number;
  /** Next steps (by index) Sam ticks done before the session ends. */
  doneInSession?: number[];
  /** Reviews of the last session's steps, by index. */
  reviews?: StepReview[];
}

export const PLANS: readonly SessionPlan[] = [
  {
    id: 'insights-1',
    daysAgo: 21,
    causes: ['coach', 'coach'],
    options: ['coach', 'coach', 'coachee'],
    steps: ['coachee', 'coach'],
    learnMinutes: 14,
    confidence: 2,
    doneInSession: [0],
  },
  {
    id: 'insights-2',
    daysAgo: 14,
    causes: ['coachee', 'coach'],
    options: ['coachee', 'coach'],
    steps: ['coachee', 'coachee'],
    learnMinutes: 10,
    confidence: 3,
    doneInSession: [0],
    reviews: ['done', 'notDone'],
  },
  {
    id: 'insights-3',
    daysAgo: 7,
    causes: ['coachee', 'coachee'],
    options: ['coachee', 'coachee', 'coachee', 'coach'],
    steps: ['coachee', 'coachee'],
    learnMinutes: 8,
    confidence: 4,
    reviews: ['done', 'done'],
  },
];

const person = (who: Who) => (who === 'coach' ? COACH : COACHEE);
const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);

/** One session played out, every command checked by the domain; its state and its op log. */
function play(plan: SessionPlan, previous: SessionState | null, now: number): { state: SessionState; ops: ArchivedOp[] } {
  const start = now - plan.daysAgo * DAY;
  let state = createSession({ sessionId: plan.id, organizerId: COACH.userId, at: start });
  const ops: ArchivedOp[] = [];
  let t = start;
  const act = (who: Who, command: Command, after = MINUTE) => {
    t += after;
    const parsed = parseEnvelope({
      id: `${plan.id}-${String(ops.length).padStart(4, '0')}`,
      actorId: person(who).userId,
      at: t,
      today: dayOf(t),
      command,
    });
    if (!parsed.ok) throw new Error(`${command.type}: ${JSON.stringify(parsed)}`);
    const applied = applyCommand(state, parsed.envelope);
    if (!applied.ok) throw new Error(`${command.type} refused: ${JSON.stringify(applied.reason)}`);
    state = applied.state;
    ops.push({ lamport: ops.length + 1, envelope: parsed.envelope });
  };
  act('coach', { type: 'join', displayName: COACH.displayName }, 0);
  act('coachee', { type: 'join', displayName: COACHEE.displayName });
  if (previous) {
    act('coach', carryOverFrom(previous));
    const carried = Object.keys(previous.nextSteps).sort();
    (plan.reviews ?? []).forEach((review, i) => act('coach', { type: 'reviewCarriedStep', id: carried[i]!, review }));
  }
  act('coachee', { type: 'stateChallenge', id: `${plan.id}-ch`, text: `Hand-offs delay releases (${plan.id})` });
  act('coach', { type: 'advance', force: true });
  const learnStart = t;
  plan.causes.forEach((who, i) => act(who, { type: 'addCause', id: `${plan.id}-cause-${i}`, text: `Cause ${i + 1}` }));
  plan.options.forEach((who, i) => act(who, { type: 'addOption', id: `${plan.id}-opt-${i}`, text: `Option ${i + 1}` }));
  act('coach', { type: 'advance', force: true }, learnStart + plan.learnMinutes * MINUTE - t);
  act('coachee', { type: 'chooseOption', id: `${plan.id}-opt-0` });
  // Each step written by its owner: the share of the thinking counts who wrote it.
  plan.steps.forEach((who, i) =>
    act(who, {
      type: 'addNextStep',
      id: `${plan.id}-step-${i}`,
      text: `Step ${i + 1}`,
      ownerId: person(who).userId,
      due: addDays(dayOf(t), 5),
    }),
  );
  (plan.doneInSession ?? []).forEach((i) => act('coachee', { type: 'setNextStepDone', id: `${plan.id}-step-${i}`, done: true }));
  act('coach', { type: 'recordConfidence', value: plan.confidence });
  act('coach', { type: 'advance', force: true });
  act('coachee', { type: 'writeCoacheeSummary', text: 'My plan in my own words.' });
  act('coach', { type: 'planFollowUp', kind: 'statusUpdate', start: start + 7 * DAY, durationMinutes: 30 });
  act('coach', { type: 'recordCoachEvent', eventId: `evt-${plan.id}`, iCalUId: `ical-${plan.id}` });
  act('coachee', { type: 'recordCoacheeAcceptance' });
  act('coach', { type: 'giveAffirmation', text: 'You did the thinking today.' });
  return { state, ops };
}

/** The three sessions as the domain folds them (for the expected figures and sentences) and their logs. */
export function playHistory(now: number): { states: SessionState[]; logs: { state: SessionState; ops: ArchivedOp[] }[] } {
  const logs: { state: SessionState; ops: ArchivedOp[] }[] = [];
  let previous: SessionState | null = null;
  for (const plan of PLANS) {
    const played = play(plan, previous, now);
    logs.push(played);
    previous = played.state;
  }
  return { states: logs.map((l) => l.state), logs };
}

/** Puts each person's own copy into their own OneDrive app folder, through the Graph sandbox as that person. */
export async function storeHistory(request: APIRequestContext, now: number): Promise<SessionState[]> {
  const { baseUrl } = (await (await request.get('/graph-sandbox.json')).json()) as { baseUrl: string };
  const { states, logs } = playHistory(now);
  for (const { state, ops } of logs) {
    const source = { genesis: { sessionId: state.sessionId, organizerId: state.organizerId, at: state.createdAt }, ops };
    const copies = [
      {
        userId: COACH.userId,
        archive: archiveSession(source, { copyFor: 'coach', coachNotes: { text: COACH_NOTES, updatedAt: now } }, now),
      },
      { userId: COACHEE.userId, archive: archiveSession(source, { copyFor: 'coachee' }, now) },
    ];
    for (const { userId, archive } of copies) {
      const file = serializeArchive(archive);
      if (!file.ok) throw new Error(`${state.sessionId} is too large to store`);
      const answer = await request.put(`${baseUrl}/me/drive/special/approot:/sessions/${state.sessionId}.json:/content`, {
        headers: { authorization: `Bearer dev.${userId}`, 'content-type': 'application/json' },
        data: file.text,
      });
      if (!answer.ok()) throw new Error(`storing ${state.sessionId} for ${userId}: ${answer.status()} ${await answer.text()}`);
    }
  }
  return states;
}
