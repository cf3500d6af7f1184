import type { FollowUpKind, FollowUpPlan, LocalDate } from '../../../domain';
import type { FollowUpRequest, FollowUpWords } from '../../../ports';
import type { Words } from '../../../words';
import { followUpKindLabel, personName } from '../../format';

export interface FollowUpChoice {
  kind: FollowUpKind;
  start: number;
  durationMinutes: number;
}

export type BuiltRequest = { ok: true; request: FollowUpRequest } | { ok: false; message: string };

/** What the invite carries before it is worded: the shared plan's texts, addressed. */
export type FollowUpDraft = Omit<FollowUpRequest, 'words' | 'nextSteps'> & {
  nextSteps: readonly { text: string; ownerName: string; due: LocalDate }[];
};

/** The challenge as the subject names it: one line, kept short (the whole of it is in the body). */
const SUBJECT_CHALLENGE_MAX = 120;

function subjectChallenge(challenge: string): string {
  const line = challenge.replace(/\s+/g, ' ').trim();
  return line.length > SUBJECT_CHALLENGE_MAX ? `${line.slice(0, SUBJECT_CHALLENGE_MAX - 1).trimEnd()}…` : line;
}

/** One sentence function per Words, so two requests worded alike are alike (a retry sends the same request). */
const moreStepsOf = new WeakMap<Words, (count: number) => string>();

function moreSteps(words: Words): (count: number) => string {
  let say = moreStepsOf.get(words);
  if (!say) {
    say = (count) => words.t('documents.summary.moreSteps', { count });
    moreStepsOf.set(words, say);
  }
  return say;
}

/**
 * The invite and the chat summary worded in `words` (the coach's: the coach's
 * panel sends both). Dates are the reader's; the follow-up's time is in the
 * coach's zone and names it. The gateway only lays them out and escapes them.
 */
export function wordedFollowUp(words: Words, draft: FollowUpDraft): FollowUpRequest {
  const kind = followUpKindLabel(words, draft.kind);
  const challenge = subjectChallenge(draft.challenge);
  // No time at all is for the gateway to refuse, not for the wording to fail on.
  const when = Number.isFinite(draft.start)
    ? words.dateTime(draft.start, { timeZone: draft.timeZone, withZone: true, dateStyle: 'full' })
    : '';
  const text: FollowUpWords = {
    direction: words.locale.direction,
    subject: challenge ? words.t('documents.invite.subject', { kind, challenge }) : kind,
    title: kind,
    chosenOptionHeading: words.t('documents.plan.chosenOption'),
    nextStepsHeading: words.t('documents.plan.nextSteps'),
    coacheeSummaryHeading: words.t('documents.plan.coacheeSummary', { name: draft.attendee.displayName }),
    notesLink: words.t('documents.plan.openNotes'),
    summaryHeading: words.t('documents.summary.heading'),
    followUpTime: words.t('documents.summary.followUp', { kind, when, minutes: draft.durationMinutes }),
    planTooLong: words.t('documents.summary.tooLong'),
    seeNotes: words.t('documents.summary.seeNotes'),
    moreSteps: moreSteps(words),
    challengeHeading: words.t('chat.card.challenge'),
    openNotes: words.t('chat.card.openNotes'),
  };
  // Field by field: nothing the draft may carry besides reaches the invite.
  return {
    sessionId: draft.sessionId,
    kind: draft.kind,
    challenge: draft.challenge,
    start: draft.start,
    durationMinutes: draft.durationMinutes,
    timeZone: draft.timeZone,
    attendee: { address: draft.attendee.address, displayName: draft.attendee.displayName },
    coacheeSummary: draft.coacheeSummary,
    chosenOption: draft.chosenOption,
    notesUrl: draft.notesUrl,
    nextSteps: draft.nextSteps.map(({ text: stepText, ownerName, due }) => ({
      text: stepText,
      ownerName,
      due,
      line: words.t('documents.plan.step', { text: stepText, owner: ownerName, date: words.date(due) }),
      ownerDue: words.t('chat.card.ownerDue', { owner: ownerName, date: words.date(due) }),
    })),
    words: text,
  };
}

/**
 * The invite's content from the session's shared plan only (never the whole
 * session), addressed to the coachee by the address their own client shared,
 * worded in the coach's `words`.
 */
export function followUpRequest(
  sessionId: string,
  plan: FollowUpPlan,
  choice: FollowUpChoice,
  where: { timeZone: string; notesUrl: string },
  words: Words,
): BuiltRequest {
  const { coachee } = plan;
  if (!coachee) return { ok: false, message: words.t('documents.invite.noCoachee') };
  if (!coachee.address) return { ok: false, message: words.t('documents.invite.noAddress', { name: coachee.displayName }) };
  return {
    ok: true,
    request: wordedFollowUp(words, {
      sessionId,
      kind: choice.kind,
      challenge: plan.challenge,
      start: choice.start,
      durationMinutes: choice.durationMinutes,
      timeZone: where.timeZone,
      attendee: { address: coachee.address, displayName: coachee.displayName },
      nextSteps: plan.nextSteps
        .filter((s) => !s.done)
        .map(({ text, ownerName, due }) => ({ text, ownerName: personName(words, ownerName), due })),
      coacheeSummary: plan.coacheeSummary,
      chosenOption: plan.chosenOption,
      notesUrl: where.notesUrl,
    }),
  };
}
