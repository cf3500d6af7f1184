import { own, participantWithRole, type EpochMs, type FollowUpKind, type ItemId, type LocalDate, type SessionState } from '../../../domain';
import type { Words } from '../../../words';
import { nameOf } from '../../format';

/** An option as the stage shows it: the words, and whose words they are. */
export interface StageOption {
  id: ItemId;
  text: string;
  authorName: string;
}

/** A next step: what, who, by when, done. */
export interface StageNextStep {
  id: ItemId;
  text: string;
  ownerName: string;
  due: LocalDate;
  done: boolean;
}

/** Where the event stands on the coach's calendar. */
export type CoachCalendarState = 'created' | 'notCreated';
/** Where the invite stands on the coachee's calendar: nothing sent yet, sent and waiting, or accepted. */
export type CoacheeCalendarState = 'notSent' | 'awaiting' | 'accepted';

export interface StageFollowUp {
  kind: FollowUpKind;
  /** Null until a time is chosen. */
  start: EpochMs | null;
  durationMinutes: number;
  coachCalendar: CoachCalendarState;
  coacheeCalendar: CoacheeCalendarState;
}

export interface StageStatement {
  text: string;
  /** Whose words: the coachee for the summary, the coach for the affirmation ("The coach" while nobody holds the role). */
  byName: string;
  at: EpochMs;
}

/** Everything the stage's agreement and closure show, as plain values. */
export interface StageSummaryData {
  /** Display names; null while nobody holds the role (the sentences then say "the coach" / "the coachee"). */
  coachName: string | null;
  coacheeName: string | null;
  challenge: string | null;
  chosenOption: StageOption | null;
  /** The options not chosen, in the order they were proposed. */
  otherOptions: StageOption[];
  /** Earliest due first; steps due the same day in the order they were added. */
  steps: StageNextStep[];
  summary: StageStatement | null;
  followUp: StageFollowUp;
  affirmation: StageStatement | null;
  /**
   * Whether the closure has begun: the session is in Close or something of
   * the closure exists. Before that the stage keeps it out of the way.
   */
  closureStarted: boolean;
}

const inOrder = <T extends { at: EpochMs; id: string }>(a: T, b: T) => a.at - b.at || a.id.localeCompare(b.id);

/** Derives what the stage shows from the shared session: no React, no formatting; `words` name whoever is not there. */
export function stageSummaryOf(words: Words, session: SessionState): StageSummaryData {
  const { participants, followUp } = session;
  const coachName = participantWithRole(participants, 'coach')?.displayName ?? null;
  const coacheeName = participantWithRole(participants, 'coachee')?.displayName ?? null;
  const challengeId = session.challenge.currentId;
  const challenge = challengeId !== null ? (own(session.challenge.versions, challengeId)?.text ?? null) : null;

  const options = Object.values(session.options)
    .sort(inOrder)
    .map((o) => ({ id: o.id, text: o.text, authorName: nameOf(words, participants, o.authorId) }));
  const chosenOption = options.find((o) => o.id === session.chosenOptionId) ?? null;

  const steps = Object.values(session.nextSteps)
    .sort((a, b) => a.due.localeCompare(b.due) || inOrder(a, b))
    .map((s) => ({ id: s.id, text: s.text, ownerName: nameOf(words, participants, s.ownerId), due: s.due, done: s.done }));

  const summary = session.coacheeSummary
    ? {
        text: session.coacheeSummary.text,
        byName: nameOf(words, participants, session.coacheeSummary.authorId),
        at: session.coacheeSummary.at,
      }
    : null;
  const affirmation = session.affirmation
    ? { text: session.affirmation.text, byName: coachName ?? words.t('stage.affirmation.unnamedCoach'), at: session.affirmation.at }
    : null;
  const coacheeCalendar: CoacheeCalendarState =
    followUp.coacheeAcceptedAt !== null ? 'accepted' : followUp.coachEvent !== null ? 'awaiting' : 'notSent';

  return {
    coachName,
    coacheeName,
    challenge,
    chosenOption,
    otherOptions: options.filter((o) => o !== chosenOption),
    steps,
    summary,
    followUp: {
      kind: followUp.kind,
      start: followUp.start,
      durationMinutes: followUp.durationMinutes,
      coachCalendar: followUp.coachEvent !== null ? 'created' : 'notCreated',
      coacheeCalendar,
    },
    affirmation,
    closureStarted:
      session.stage === 'close' || summary !== null || affirmation !== null || followUp.start !== null || followUp.coachEvent !== null,
  };
}
