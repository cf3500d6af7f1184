// The plan between two conversations: what the Outlook add-in, the personal
// tab and the task lists show once the meeting is over. Done states come from
// each owner's own task list where the viewer can read it (their own steps),
// and from the session as agreed otherwise: one rule (doneAsSeenBy), so every
// count, tick and list the viewer meets says the same.
import { addDays } from './dates';
import { own } from './records';
import { roleOf } from './roles';
import type { EpochMs, ItemId, LocalDate, NextStep, SessionState, UserId } from './session';

/** The application name a task's linked resource carries. */
export const TASK_APPLICATION = 'Stagecoach';

/** A next step's key in its owner's task list (the linked resource's external id): `session/step`. */
export const stepTaskKey = (sessionId: string, stepId: ItemId): string => `${sessionId}/${stepId}`;

/** The session and step a task key names, or null when it is not one of ours. */
export function parseStepTaskKey(key: string): { sessionId: string; stepId: ItemId } | null {
  const slash = key.lastIndexOf('/');
  if (slash <= 0) return null;
  const stepId = key.slice(slash + 1);
  return /^[A-Za-z0-9_-]{1,64}$/.test(stepId) ? { sessionId: key.slice(0, slash), stepId } : null;
}

/** Done states read from the viewer's own task list, by step task key. */
export type TaskDone = ReadonlyMap<string, boolean>;

export interface PlanStepView {
  id: ItemId;
  text: string;
  ownerId: UserId;
  /** Null for someone no longer in the roster: the UI words that. */
  ownerName: string | null;
  due: LocalDate;
  done: boolean;
  /** Whether the viewer owns it, and so may tick it (in their own task list). */
  mine: boolean;
}

export interface PlanView {
  sessionId: string;
  challenge: string;
  chosenOption: string | null;
  coacheeSummary: string | null;
  coach: { userId: UserId; name: string } | null;
  coachee: { userId: UserId; name: string } | null;
  /** The follow-up's start, when one was planned. */
  followUpStart: EpochMs | null;
  /** Shared by every copy of the follow-up invite; null before the event exists. */
  followUpICalUId: string | null;
  /** Where the invite links back to the session's notes; null when the session did not record it. */
  notesUrl: string | null;
  steps: PlanStepView[];
}

/** A person's name in the session, or null for someone no longer in its roster (the UI words that). */
const nameOf = (session: SessionState, userId: UserId): string | null => own(session.participants, userId)?.displayName ?? null;

function personWith(session: SessionState, role: 'coach' | 'coachee') {
  const p = Object.values(session.participants).find((x) => x.role === role);
  return p ? { userId: p.userId, name: p.displayName } : null;
}

/** The steps `userId` owns in `session`: what their own task list should hold. */
export const ownedSteps = (session: SessionState, userId: UserId) =>
  Object.values(session.nextSteps)
    .filter((s) => s.ownerId === userId)
    .sort((a, b) => a.due.localeCompare(b.due) || a.at - b.at);

/**
 * Whether a step is done, as `viewerId` sees it: a step the viewer owns takes
 * its done state from their task list when it is there (ticked or unticked in
 * To Do wins); anyone else's step shows what the session recorded (the viewer
 * cannot read another person's tasks).
 */
export function doneAsSeenBy(
  session: Pick<SessionState, 'sessionId'>,
  step: Pick<NextStep, 'id' | 'ownerId' | 'done'>,
  viewerId: UserId,
  taskDone: TaskDone,
): boolean {
  if (step.ownerId !== viewerId) return step.done;
  return taskDone.get(stepTaskKey(session.sessionId, step.id)) ?? step.done;
}

/**
 * The session with every next step done as `viewerId` sees it (doneAsSeenBy),
 * for the surfaces that show a whole session (a past session's notes), so
 * they agree with the counts beside them. The same object when nothing differs.
 */
export function sessionAsSeenBy(session: SessionState, viewerId: UserId, taskDone: TaskDone): SessionState {
  let nextSteps: SessionState['nextSteps'] | null = null;
  for (const step of Object.values(session.nextSteps)) {
    const done = doneAsSeenBy(session, step, viewerId, taskDone);
    if (done === step.done) continue;
    nextSteps ??= { ...session.nextSteps };
    nextSteps[step.id] = { ...step, done };
  }
  return nextSteps ? { ...session, nextSteps } : session;
}

/** How many of a plan's steps are done. */
export interface StepProgress {
  done: number;
  total: number;
}

export const progressOf = (steps: readonly { done: boolean }[]): StepProgress => ({
  done: steps.filter((s) => s.done).length,
  total: steps.length,
});

/**
 * The session's plan as `viewerId` sees it, each step done as doneAsSeenBy
 * says: the viewer's own from their task list, anyone else's as recorded.
 */
export function planOf(session: SessionState, viewerId: UserId, taskDone: TaskDone = new Map()): PlanView {
  const chosen = session.chosenOptionId ? own(session.options, session.chosenOptionId) : undefined;
  const challengeId = session.challenge.currentId;
  return {
    sessionId: session.sessionId,
    challenge: (challengeId && own(session.challenge.versions, challengeId)?.text) || '',
    chosenOption: chosen?.text ?? null,
    coacheeSummary: session.coacheeSummary?.text ?? null,
    coach: personWith(session, 'coach'),
    coachee: personWith(session, 'coachee'),
    followUpStart: session.followUp.start,
    followUpICalUId: session.followUp.coachEvent?.iCalUId ?? null,
    notesUrl: session.followUp.coachEvent?.notesUrl ?? null,
    steps: Object.values(session.nextSteps)
      .sort((a, b) => a.due.localeCompare(b.due) || a.at - b.at)
      .map((s) => ({
        id: s.id,
        text: s.text,
        ownerId: s.ownerId,
        ownerName: nameOf(session, s.ownerId),
        due: s.due,
        done: doneAsSeenBy(session, s, viewerId, taskDone),
        mine: s.ownerId === viewerId,
      })),
  };
}

/** The stored session whose follow-up invite has this iCalUId (the newest, should two claim it). */
export function sessionForEvent(sessions: readonly SessionState[], iCalUId: string): SessionState | null {
  return sessions.filter((s) => s.followUp.coachEvent?.iCalUId === iCalUId).sort((a, b) => b.createdAt - a.createdAt)[0] ?? null;
}

/** How soon an open step is due, for ordering and for words beside it. */
export type Urgency = 'overdue' | 'dueSoon' | 'later';

/** "Due soon": within this many days of today. */
export const DUE_SOON_DAYS = 7;

export function urgencyOf(due: LocalDate, today: LocalDate): Urgency {
  if (due < today) return 'overdue';
  return due <= addDays(today, DUE_SOON_DAYS) ? 'dueSoon' : 'later';
}

export interface OpenStep extends PlanStepView {
  sessionId: string;
  challenge: string;
  urgency: Urgency;
}

/**
 * `userId`'s open next steps across their sessions: overdue first, then due
 * soon, then later, each by due date. Done states from their own task list.
 */
export function openStepsOf(sessions: readonly SessionState[], userId: UserId, taskDone: TaskDone, today: LocalDate): OpenStep[] {
  return sessions
    .flatMap((session) => {
      const plan = planOf(session, userId, taskDone);
      return plan.steps
        .filter((s) => s.mine && !s.done)
        .map((s) => ({ ...s, sessionId: session.sessionId, challenge: plan.challenge, urgency: urgencyOf(s.due, today) }));
    })
    .sort((a, b) => a.due.localeCompare(b.due) || a.text.localeCompare(b.text));
}

export interface UpcomingFollowUp {
  sessionId: string;
  start: EpochMs;
  /** The other person in the pair; null when they are no longer in the roster. */
  withName: string | null;
  iCalUId: string | null;
}

/** `userId`'s follow-ups still to come, soonest first. */
export function upcomingFollowUps(sessions: readonly SessionState[], userId: UserId, now: EpochMs): UpcomingFollowUp[] {
  return sessions
    .filter((s) => s.followUp.start !== null && s.followUp.start > now && roleOf(s, userId) !== 'observer')
    .map((s) => {
      const other = Object.values(s.participants).find((p) => p.role !== 'observer' && p.userId !== userId);
      return {
        sessionId: s.sessionId,
        start: s.followUp.start as EpochMs,
        withName: other?.displayName ?? null,
        iCalUId: s.followUp.coachEvent?.iCalUId ?? null,
      };
    })
    .sort((a, b) => a.start - b.start);
}

export interface CoacheeOverview {
  userId: UserId;
  /** Null when they are no longer in the latest session's roster. */
  name: string | null;
  /** The latest session with them. */
  latest: SessionState;
  /** Their next follow-up, if one is still to come. */
  nextFollowUp: EpochMs | null;
  /**
   * The plan as agreed in the latest session: the coachee's steps as the
   * session recorded them (the coach never sees the coachee's task list), the
   * coach's own as the coach's task list says.
   */
  plan: PlanView;
}

/**
 * The people `coachId` coaches, from the sessions where they were coach, most
 * recently met first. `coachTaskDone` is the coach's own task list: it reaches
 * only the coach's own steps (planOf).
 */
export function coacheesOf(
  sessions: readonly SessionState[],
  coachId: UserId,
  now: EpochMs,
  coachTaskDone: TaskDone = new Map(),
): CoacheeOverview[] {
  const latest = new Map<UserId, SessionState>();
  for (const s of sessions) {
    if (roleOf(s, coachId) !== 'coach') continue;
    const coachee = personWith(s, 'coachee');
    if (!coachee) continue;
    const known = latest.get(coachee.userId);
    if (!known || known.createdAt < s.createdAt) latest.set(coachee.userId, s);
  }
  return [...latest.entries()]
    .map(([userId, s]) => {
      const next = s.followUp.start !== null && s.followUp.start > now ? s.followUp.start : null;
      return { userId, name: nameOf(s, userId), latest: s, nextFollowUp: next, plan: planOf(s, coachId, coachTaskDone) };
    })
    .sort((a, b) => b.latest.createdAt - a.latest.createdAt);
}

/**
 * The carried-over steps `userId` owns that their task list says are done
 * but the session does not know yet: what their client reports with `reportCarriedDone`.
 */
export function carriedDoneInTasks(state: SessionState, userId: UserId, taskDone: TaskDone): ItemId[] {
  const carried = state.carriedOver;
  if (!carried) return [];
  return Object.values(carried.steps)
    .filter((s) => s.ownerId === userId && !s.doneBefore && taskDone.get(stepTaskKey(carried.fromSessionId, s.id)) === true)
    .map((s) => s.id);
}
