import type { HashTrie } from './hashTrie';
import type { Stage } from './stages';

/** Teams/Entra user id (AAD object id in Teams, a local id in the simulator). */
export type UserId = string;
/** Client-generated id of an item: letters, digits, '-' and '_'. */
export type ItemId = string;
/** Milliseconds since the epoch. */
export type EpochMs = number;
/** A calendar date, `YYYY-MM-DD`, in the writer's own time zone. */
export type LocalDate = string;

export type Role = 'coach' | 'coachee' | 'observer';

export interface Participant {
  userId: UserId;
  displayName: string;
  role: Role;
  /**
   * The address calendars know this person by (their sign-in name), as their
   * own client reported it. The coach's client invites the coachee with it.
   */
  address?: string;
}

/**
 * One stage change. `from` is null for the entry that starts the session.
 * `forced` marks an "advance anyway" past unmet criteria.
 */
export interface TimelineEntry {
  id: ItemId;
  /**
   * Position in the history: one more than the entry before it. Orders the
   * timeline even when two changes share a millisecond or clocks disagree.
   */
  seq: number;
  at: EpochMs;
  actorId: UserId;
  from: Stage | null;
  to: Stage;
  reason?: string;
  forced: boolean;
  /** The confidence (1–5) recorded when this change went on to Close despite it being low. */
  lowConfidence?: number;
}

/**
 * The stage changes of a session. It is the one collection that grows with
 * the log, so it keeps what a stage change needs (how many, the newest) as
 * running values and its entries in a persistent map: a stage change costs
 * the same at the 5,000th entry as at the first. Read it in order through
 * orderedTimeline (timeline.ts).
 */
export interface Timeline {
  /** Entries so far, the start included: the limit is checked without counting. */
  readonly size: number;
  /** The newest entry: the next one's `seq` follows its own, and its `to` is the stage. */
  readonly last: TimelineEntry;
  readonly byId: HashTrie<TimelineEntry>;
}

/** One version of the challenge (or opportunity) statement. Never deleted. */
export interface ChallengeVersion {
  id: ItemId;
  text: string;
  authorId: UserId;
  at: EpochMs;
}

export interface Challenge {
  /** Every statement ever made, so earlier definitions stay visible. */
  versions: Record<ItemId, ChallengeVersion>;
  /** The version in force; null before the first statement or after removal. */
  currentId: ItemId | null;
  /** Who has agreed to which version: a shared definition needs both. */
  agreedBy: Record<UserId, ItemId>;
}

/** A cause or an option: text in someone's own words. */
export interface Contribution {
  id: ItemId;
  text: string;
  /** Who said it first: editing keeps the original author. */
  authorId: UserId;
  at: EpochMs;
}

export interface NextStep {
  id: ItemId;
  text: string;
  ownerId: UserId;
  /** Who wrote it first: rewording it or handing it to the other keeps the author, as for causes and options. */
  authorId: UserId;
  due: LocalDate;
  done: boolean;
  at: EpochMs;
}

export interface Confidence {
  /** 1 (not confident) to 5 (fully confident). */
  value: number;
  at: EpochMs;
}

export interface CoacheeSummary {
  text: string;
  authorId: UserId;
  at: EpochMs;
}

export interface Affirmation {
  text: string;
  at: EpochMs;
}

export type FollowUpKind = 'statusUpdate' | 'decisionMeeting';

/** Where the follow-up stands on each calendar. */
export interface FollowUp {
  kind: FollowUpKind;
  start: EpochMs | null;
  durationMinutes: number;
  /** Set once the event exists on the coach's calendar; `notesUrl` is where its invite links back to the notes. */
  coachEvent: { eventId: string; iCalUId: string; at: EpochMs; notesUrl?: string } | null;
  /** Set once the coachee accepted the invite on their own calendar. */
  coacheeAcceptedAt: EpochMs | null;
  /**
   * Whether the session summary went to the meeting chat: `posted`, or
   * `uncertain` after an answer was lost (it may be there: the coach looks
   * before posting again). Shared, so no panel, reload or retry posts it twice.
   */
  chatSummary: { state: 'posted' | 'uncertain'; at: EpochMs } | null;
}

export type StepReview = 'done' | 'notDone' | 'dropped';
export type CauseReview = 'right' | 'wrong' | 'unsure';

/** A next step of the previous session, to be reviewed in this one. */
export interface CarriedStep {
  id: ItemId;
  text: string;
  ownerId: UserId;
  ownerName: string;
  due: LocalDate;
  /** Ticked done before this session began (in the previous one, or in To Do later). */
  doneBefore: boolean;
  review: StepReview | null;
}

/** A cause diagnosed last time: did it turn out right? */
export interface CarriedCause {
  id: ItemId;
  text: string;
  authorName: string;
  review: CauseReview | null;
}

/** The previous session's plan, brought in for the status update. */
export interface CarryOver {
  fromSessionId: string;
  /** The day the previous session took place. */
  fromDate: LocalDate;
  challenge: string;
  chosenOption: string | null;
  steps: Record<ItemId, CarriedStep>;
  causes: Record<ItemId, CarriedCause>;
}

/**
 * A coaching session as both participants share it. Collections are records
 * keyed by id, so two people editing different items never touch one value.
 */
export interface SessionState {
  sessionId: string;
  createdAt: EpochMs;
  /**
   * The meeting organizer: the coach unless the coach hands the role over.
   * Null when the host could not tell; the first to join then coaches.
   */
  organizerId: UserId | null;
  participants: Record<UserId, Participant>;
  stage: Stage;
  timeline: Timeline;
  challenge: Challenge;
  causes: Record<ItemId, Contribution>;
  options: Record<ItemId, Contribution>;
  chosenOptionId: ItemId | null;
  nextSteps: Record<ItemId, NextStep>;
  confidence: Confidence | null;
  coacheeSummary: CoacheeSummary | null;
  affirmation: Affirmation | null;
  followUp: FollowUp;
  /** The previous session's plan with the same people, once brought in; null otherwise. */
  carriedOver: CarryOver | null;
}
