// Shared by the "plan after the meeting" integration tests: a real session
// (memory hub, real domain) between the sandbox's Alex (coach) and Sam
// (coachee), closed the way the app closes it (the follow-up made by the
// coach's real GraphCalendarGateway and recorded with recordCoachEvent), both
// own copies saved to each person's own OneDrive, and each person's real
// Graph adapters for reading the plan back.
import { followUpPlan, type CoachNotes, type Command, type SessionState } from '../../src/domain';
import { DriveArchiveStore, GraphCalendarGateway, GraphEventLookup, GraphTaskGateway } from '../../src/graph';
import type { GraphOutcome, SessionStore, StepTasksStatus, TaskGateway } from '../../src/ports';
import { createMemorySessionHub } from '../../src/sync';
import {
  createOwnCopySaver,
  keepStepTasks,
  readSessionHistory,
  resolveFollowUp,
  saveOnSessionChanges,
  saveOwnCopy,
  type OwnCopySaver,
} from '../../src/app';
import { followUpRequest } from '../../src/ui/components/FollowUp/followUpRequest';
import { fakeClock } from '../fixtures/clock';
import { untilValue } from '../fixtures/waiting';
import { english } from '../fixtures/words';
import { COACH, COACHEE, NOW, sandboxClientOptions } from './helpers';
import type { GraphSandbox } from './sandbox/graphSandbox';

export const ALEX = { userId: COACH, displayName: 'Alex', address: 'alex@contoso.example' };
export const SAM = { userId: COACHEE, displayName: 'Sam', address: 'sam@contoso.example' };
export const NOTES_URL = 'https://stagecoach.example/notes?session=meeting-1';
/** Each task's link back to the notes, as an English reader's client names it. */
export const NOTES = { url: NOTES_URL, label: english.t('documents.tasks.notesLink') };
/** Thursday 2026-12-03, 14:00 in Berlin: the follow-up. */
export const FOLLOW_UP_START = Date.UTC(2026, 11, 3, 13, 0);
export const DUE = '2026-12-10';
const MINUTE = 60_000;

export function value<T>(outcome: GraphOutcome<T>): T {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
  return outcome.value;
}

/** One person's real Graph adapters against the sandbox (fresh objects: a reload). */
export function graphOf(sandbox: GraphSandbox, userId: string, extra: { maxRetries?: number } = {}) {
  const options = { ...sandboxClientOptions(sandbox.baseUrl, userId), ...extra };
  return {
    calendar: new GraphCalendarGateway({ ...options, now: () => NOW }),
    events: new GraphEventLookup(options),
    tasks: new GraphTaskGateway({ ...options, timeZone: 'Europe/Berlin' }),
    archive: new DriveArchiveStore(options),
  };
}

/** The plan behind the event `restId`, as `userId`'s Outlook add-in resolves it, with their own Graph. */
export function resolveAs(sandbox: GraphSandbox, userId: string, restId: string, extra: { maxRetries?: number } = {}) {
  const g = graphOf(sandbox, userId, extra);
  return resolveFollowUp({ restId, events: g.events, history: { list: () => readSessionHistory(g.archive) }, tasks: g.tasks });
}

/** Alex and Sam in one session (memory hub, real domain); every command must be accepted. */
export function meeting(sessionId: string, at = NOW) {
  const clock = fakeClock(at);
  const hub = createMemorySessionHub({ sessionId, organizerId: ALEX.userId, clock });
  const coach = hub.connect(ALEX);
  clock.advance(MINUTE);
  const coachee = hub.connect(SAM);
  const send = (store: SessionStore, command: Command) => {
    clock.advance(MINUTE);
    const result = store.dispatch(command);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.reason}`);
  };
  const session = (): SessionState => coach.getSnapshot().session!;
  return { sessionId, clock, coach, coachee, send, session };
}
export type Meeting = ReturnType<typeof meeting>;

export const CHALLENGE = 'I keep missing the weekly report deadline.';
export const CHOSEN = 'Ask for the data on Wednesday.';
export const SUMMARY = 'I will agree a Wednesday hand-over by next week.';
export const COACHEE_STEP = 'Agree a Wednesday hand-over.';
export const COACH_STEP = 'Ask finance for the template.';

/**
 * Through Plan to Close, with `step-1` (Sam's, text `coacheeStep`) and
 * `step-2` (Alex's), and any further steps of Sam's as `extra-N`.
 */
export function toClose(m: Meeting, coacheeStep = COACHEE_STEP, extraCoacheeSteps: string[] = []): void {
  const { coach, coachee, send } = m;
  send(coachee, { type: 'stateChallenge', id: 'ch-1', text: CHALLENGE });
  send(coach, { type: 'advance' });
  send(coachee, { type: 'agreeChallenge', versionId: 'ch-1' });
  send(coach, { type: 'agreeChallenge', versionId: 'ch-1' });
  send(coachee, { type: 'addCause', id: 'cause-1', text: 'The data arrives on Thursday evening.' });
  send(coachee, { type: 'addOption', id: 'opt-1', text: CHOSEN });
  send(coach, { type: 'addOption', id: 'opt-2', text: 'Move the report to Monday.' });
  send(coachee, { type: 'advance' });
  send(coachee, { type: 'chooseOption', id: 'opt-1' });
  send(coachee, { type: 'addNextStep', id: 'step-1', text: coacheeStep, ownerId: SAM.userId, due: DUE });
  send(coach, { type: 'addNextStep', id: 'step-2', text: COACH_STEP, ownerId: ALEX.userId, due: DUE });
  extraCoacheeSteps.forEach((text, i) => send(coachee, { type: 'addNextStep', id: `extra-${i}`, text, ownerId: SAM.userId, due: DUE }));
  send(coach, { type: 'recordConfidence', value: 4 });
  send(coach, { type: 'advance' });
  send(coachee, { type: 'writeCoacheeSummary', text: SUMMARY });
}

/**
 * The closure as the app does it: the follow-up planned, made on Alex's
 * calendar from the session's shared plan, recorded with recordCoachEvent;
 * Sam accepts on Sam's calendar; the affirmation. Then both own copies are
 * saved to each person's own OneDrive, Alex's with `coachNotes`.
 */
export async function closeAndSave(sandbox: GraphSandbox, m: Meeting, coachNotes: CoachNotes | null) {
  const { coach, coachee, send } = m;
  const ref = await inviteOnBothCalendars(sandbox, m);
  value(await graphOf(sandbox, SAM.userId).calendar.acceptInvite(ref.iCalUId));
  send(coachee, { type: 'recordCoacheeAcceptance' });
  send(coach, { type: 'giveAffirmation', text: 'You have a solid plan, and I have confidence in you.' });
  m.clock.advance(MINUTE);
  expect(await saveOwnCopy(coach, graphOf(sandbox, ALEX.userId).archive, ALEX.userId, m.clock.now(), coachNotes)).toEqual({ ok: true });
  expect(await saveOwnCopy(coachee, graphOf(sandbox, SAM.userId).archive, SAM.userId, m.clock.now(), coachNotes)).toEqual({ ok: true });
  return ref;
}

/**
 * The invite as the coach's panel puts it on both calendars: planned, made on
 * Alex's calendar from the session's shared plan, recorded with
 * recordCoachEvent. Nobody has accepted it yet and the session is still open.
 */
export async function inviteOnBothCalendars(sandbox: GraphSandbox, m: Meeting) {
  const { coach, send, session } = m;
  send(coach, { type: 'planFollowUp', kind: 'statusUpdate', start: FOLLOW_UP_START, durationMinutes: 30 });
  const built = followUpRequest(
    m.sessionId,
    followUpPlan(session()),
    { kind: 'statusUpdate', start: FOLLOW_UP_START, durationMinutes: 30 },
    {
      timeZone: 'Europe/Berlin',
      notesUrl: NOTES_URL,
    },
    english,
  );
  if (!built.ok) throw new Error(built.message);
  const ref = value(await graphOf(sandbox, ALEX.userId).calendar.createFollowUp(built.request));
  send(coach, { type: 'recordCoachEvent', eventId: ref.eventId, iCalUId: ref.iCalUId });
  return ref;
}

/** Sam's own copy of the invite, found on Sam's calendar by its iCalUId. */
export async function coacheeEventId(sandbox: GraphSandbox, iCalUId: string): Promise<string> {
  const own = value(await graphOf(sandbox, SAM.userId).events.eventByICalUId(iCalUId));
  if (!own) throw new Error('The invite is not on the coachee’s calendar.');
  return own.id;
}

const noTimers = {
  setTimeout: () => {
    throw new Error('Only the closure’s own sync is expected here, never a debounced one.');
  },
  clearTimeout: () => undefined,
};

/**
 * One panel load's step-task keeping for `userId` (the closure's sync runs at
 * once), with a fresh task gateway as after a reload; resolves with the
 * status it ends in.
 */
export function keepTasksOnce(store: SessionStore, userId: string, tasks: TaskGateway): Promise<StepTasksStatus> {
  return new Promise((resolve) => {
    const keeper = keepStepTasks({
      store,
      userId,
      tasks: async () => tasks,
      notes: async () => NOTES,
      debounceMs: 5_000,
      timers: noTimers,
    });
    const settle = () => {
      const status = keeper.getStatus();
      if (status.kind === 'saved' || status.kind === 'failed') {
        keeper.dispose();
        resolve(status);
      }
    };
    keeper.subscribe(settle);
    settle();
  });
}

/** The user's Stagecoach tasks in the sandbox, by step key. */
export function tasksByKey(sandbox: GraphSandbox, userId: string) {
  const byKey = new Map<string, ReturnType<GraphSandbox['todoTasks']>>();
  for (const t of sandbox.todoTasks(userId)) {
    const key = t.linkedResources.find((l) => l.applicationName === 'Stagecoach')?.externalId ?? '';
    byKey.set(key, [...(byKey.get(key) ?? []), t]);
  }
  return byKey;
}

/**
 * `who`'s own copy kept as their side panel keeps it: saved on the session's
 * changes, with a debounce that never fires here, so every save that happens
 * is one saveOnSessionChanges asked for at once. `settled()` waits for the
 * save under way and says how it went.
 */
export function keepOwnCopy(sandbox: GraphSandbox, m: Meeting, who: typeof ALEX | typeof SAM) {
  const store = who === ALEX ? m.coach : m.coachee;
  const archive = graphOf(sandbox, who.userId).archive;
  const saver: OwnCopySaver = createOwnCopySaver({
    save: () => saveOwnCopy(store, archive, who.userId, m.clock.now()),
    timers: { setTimeout: () => 'never', clearTimeout: () => undefined },
    now: m.clock.now,
    debounceMs: 20_000,
  });
  saveOnSessionChanges(store, who.userId, saver);
  const settled = () =>
    untilValue(
      () => saver.getStatus().kind,
      (listener) => saver.subscribe(listener),
      (kind) => kind !== 'saving',
    );
  return { saver, settled };
}
