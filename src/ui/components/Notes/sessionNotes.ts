import {
  own,
  criteriaFor,
  LOW_CONFIDENCE,
  orderedTimeline,
  pathTaken,
  STAGES,
  stageIndex,
  timeInStages,
  type EpochMs,
  type FollowUpKind,
  type LocalDate,
  type Participant,
  type Role,
  type SessionState,
  type Stage,
  type UserId,
  type CauseReview,
  type StepReview,
  type CarryOver,
} from '../../../domain';
import { byTime } from '../../format';

// The session as the notes show it: plain data, derived once, that both the
// notes' components and the Markdown export read. No React, no formatting of
// times (each reader formats for its own medium), nothing that is not shared.

/** Someone the notes name. `name` and `role` are null for someone no longer in the roster (the reader's words name them). */
export interface NotesPerson {
  name: string | null;
  role: Role | null;
}

/** Something someone said, in their own words: a challenge statement, a cause, an option. */
export interface NotesStatement {
  id: string;
  text: string;
  by: NotesPerson;
  at: EpochMs;
}

export interface NotesOption extends NotesStatement {
  chosen: boolean;
}

export interface NotesChallenge {
  /** The statement in force; null before the first one (or after it was withdrawn). */
  current: NotesStatement | null;
  /** Who has agreed to the statement in force. */
  agreedBy: NotesPerson[];
  /** Every other statement ever made, oldest first. */
  earlier: NotesStatement[];
}

export interface NotesNextStep {
  id: string;
  text: string;
  owner: NotesPerson;
  due: LocalDate;
  done: boolean;
}

export interface NotesFollowUp {
  kind: FollowUpKind;
  /** Null while no time is chosen. */
  start: EpochMs | null;
  durationMinutes: number;
  /** The event exists on the coach's calendar. */
  onCoachCalendar: boolean;
  /** The coachee accepted the invite on their own calendar. */
  acceptedByCoachee: boolean;
}

export interface NotesStageChange {
  id: string;
  at: EpochMs;
  by: NotesPerson;
  from: Stage | null;
  to: Stage;
  /** `start` for the entry that opens the session. */
  direction: 'start' | 'forward' | 'back';
  /** Moved on although the stage's criteria were not met ("advance anyway"). */
  forced: boolean;
  reason: string | null;
  /** The coach's confidence (1–5) when this change went on to Close with it low; null otherwise. */
  lowConfidence: number | null;
}

/** The coach's confidence in the plan, and whether the pair went on to Close with it low. */
export interface NotesConfidence {
  value: number;
  at: EpochMs;
  low: boolean;
  /** The move to Close made at low confidence, with its reason; null when there was none. */
  wentOnAnyway: { by: NotesPerson; at: EpochMs; value: number; reason: string | null } | null;
}

export interface NotesStageTime {
  stage: Stage;
  /** How often the stage was entered; 0 if never. */
  visits: number;
  /** Time spent in it over every visit, up to `now` for the current one. */
  ms: number;
}

export interface NotesTimeline {
  /** The stages visited in order, loops back included. */
  path: readonly Stage[];
  loopsBack: number;
  times: NotesStageTime[];
  changes: NotesStageChange[];
}

/** Last session's plan as this one reviewed it (the status update). */
export interface NotesLastTime {
  fromDate: LocalDate;
  challenge: string;
  chosenOption: string | null;
  steps: { id: string; text: string; ownerName: string; due: LocalDate; review: StepReview | null }[];
  causes: { id: string; text: string; authorName: string; review: CauseReview | null }[];
}

export interface SessionNotes {
  createdAt: EpochMs;
  stage: Stage;
  /** The current stage's exit criteria: how many hold, of how many. */
  criteriaMet: number;
  criteriaTotal: number;
  /** Names of whoever holds the role now; null when nobody does. */
  coach: string | null;
  coachee: string | null;
  challenge: NotesChallenge;
  causes: NotesStatement[];
  options: NotesOption[];
  chosenOption: NotesStatement | null;
  /** Earliest due first. */
  nextSteps: NotesNextStep[];
  coacheeSummary: NotesStatement | null;
  /** Null while the follow-up has neither a time nor an event. */
  followUp: NotesFollowUp | null;
  affirmation: { text: string; at: EpochMs } | null;
  confidence: NotesConfidence | null;
  timeline: NotesTimeline;
  /** Null unless this session carried the previous plan over. */
  lastTime: NotesLastTime | null;
}

function person(participants: Record<UserId, Participant>, userId: UserId): NotesPerson {
  const p = own(participants, userId);
  return p ? { name: p.displayName, role: p.role } : { name: null, role: null };
}

const holder = (state: SessionState, role: Role) => Object.values(state.participants).find((p) => p.role === role)?.displayName ?? null;

function challengeOf(state: SessionState): NotesChallenge {
  const { versions, currentId, agreedBy } = state.challenge;
  const statement = (v: { id: string; text: string; authorId: UserId; at: EpochMs }): NotesStatement => ({
    id: v.id,
    text: v.text,
    by: person(state.participants, v.authorId),
    at: v.at,
  });
  const current = currentId === null ? undefined : own(versions, currentId);
  return {
    current: current ? statement(current) : null,
    agreedBy: current
      ? Object.entries(agreedBy)
          .filter(([, versionId]) => versionId === current.id)
          .map(([userId]) => person(state.participants, userId))
      : [],
    earlier: byTime(versions)
      .filter((v) => v.id !== currentId)
      .map(statement),
  };
}

function timelineOf(state: SessionState, now: EpochMs): NotesTimeline {
  const path = pathTaken(state);
  const totals = timeInStages(state, now);
  let loopsBack = 0;
  const changes = orderedTimeline(state).map((entry): NotesStageChange => {
    const back = entry.from !== null && stageIndex(entry.to) < stageIndex(entry.from);
    if (back) loopsBack += 1;
    return {
      id: entry.id,
      at: entry.at,
      by: person(state.participants, entry.actorId),
      from: entry.from,
      to: entry.to,
      direction: entry.from === null ? 'start' : back ? 'back' : 'forward',
      forced: entry.forced,
      reason: entry.reason ?? null,
      lowConfidence: entry.lowConfidence ?? null,
    };
  });
  return {
    path,
    loopsBack,
    times: STAGES.map((stage) => ({ stage, visits: path.filter((s) => s === stage).length, ms: totals[stage] })),
    changes,
  };
}

function confidenceOf(state: SessionState, timeline: NotesTimeline): NotesConfidence | null {
  if (state.confidence === null) return null;
  // The latest move on at low confidence: after a loop back and a new value, the newest choice counts.
  const anyway = timeline.changes.findLast((c) => c.lowConfidence !== null);
  return {
    value: state.confidence.value,
    at: state.confidence.at,
    low: state.confidence.value <= LOW_CONFIDENCE,
    wentOnAnyway: anyway ? { by: anyway.by, at: anyway.at, value: anyway.lowConfidence!, reason: anyway.reason } : null,
  };
}

function lastTimeOf(carried: CarryOver | null): NotesLastTime | null {
  if (!carried) return null;
  return {
    fromDate: carried.fromDate,
    challenge: carried.challenge,
    chosenOption: carried.chosenOption,
    steps: Object.values(carried.steps).map(({ id, text, ownerName, due, review }) => ({ id, text, ownerName, due, review })),
    causes: Object.values(carried.causes).map(({ id, text, authorName, review }) => ({ id, text, authorName, review })),
  };
}

/** What the notes show of `session`, with time in the current stage counted up to `now`. */
export function sessionNotes(session: SessionState, now: EpochMs): SessionNotes {
  const { participants } = session;
  const statement = (c: { id: string; text: string; authorId: UserId; at: EpochMs }): NotesStatement => ({
    id: c.id,
    text: c.text,
    by: person(participants, c.authorId),
    at: c.at,
  });
  const criteria = criteriaFor(session, session.stage);
  const chosen = session.chosenOptionId === null ? undefined : own(session.options, session.chosenOptionId);
  const { followUp } = session;
  const timeline = timelineOf(session, now);
  return {
    createdAt: session.createdAt,
    stage: session.stage,
    criteriaMet: criteria.filter((c) => c.met).length,
    criteriaTotal: criteria.length,
    coach: holder(session, 'coach'),
    coachee: holder(session, 'coachee'),
    challenge: challengeOf(session),
    causes: byTime(session.causes).map(statement),
    options: byTime(session.options).map((o) => ({ ...statement(o), chosen: o.id === chosen?.id })),
    chosenOption: chosen ? statement(chosen) : null,
    nextSteps: byTime(session.nextSteps)
      // Stable: steps due the same day keep the order they were written in.
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
      .map((s) => ({ id: s.id, text: s.text, owner: person(participants, s.ownerId), due: s.due, done: s.done })),
    coacheeSummary: session.coacheeSummary
      ? {
          id: 'summary',
          text: session.coacheeSummary.text,
          by: person(participants, session.coacheeSummary.authorId),
          at: session.coacheeSummary.at,
        }
      : null,
    followUp:
      followUp.start === null && followUp.coachEvent === null
        ? null
        : {
            kind: followUp.kind,
            start: followUp.start,
            durationMinutes: followUp.durationMinutes,
            onCoachCalendar: followUp.coachEvent !== null,
            acceptedByCoachee: followUp.coacheeAcceptedAt !== null,
          },
    affirmation: session.affirmation ? { text: session.affirmation.text, at: session.affirmation.at } : null,
    confidence: confidenceOf(session, timeline),
    timeline,
    lastTime: lastTimeOf(session.carriedOver),
  };
}
