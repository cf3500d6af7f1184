import { followUpTimeProblem } from '../followUpChecks';
import { LIMITS } from '../limits';
import { reject } from '../result';
import { applied, type Handler } from './types';

export const recordConfidence: Handler<'recordConfidence'> = (state, c, envelope) => {
  if (state.stage !== 'plan' && state.stage !== 'close') {
    return reject('conflict', { key: 'confidenceNeedsPlan' });
  }
  return applied({ ...state, confidence: { value: c.value, at: envelope.at } });
};

export const writeCoacheeSummary: Handler<'writeCoacheeSummary'> = (state, c, envelope) =>
  applied({ ...state, coacheeSummary: { text: c.text, authorId: envelope.actorId, at: envelope.at } });

export const giveAffirmation: Handler<'giveAffirmation'> = (state, c, envelope) =>
  applied({ ...state, affirmation: { text: c.text, at: envelope.at } });

export const planFollowUp: Handler<'planFollowUp'> = (state, c, envelope) => {
  // Once the invite exists, changing the plan here would leave the calendars
  // saying something else; rescheduling is a calendar action, not an edit.
  if (state.followUp.coachEvent !== null) {
    return reject('conflict', { key: 'followUpOnCalendar' });
  }
  const { start } = c;
  const problem = start === null ? null : followUpTimeProblem(start, envelope.at);
  if (start !== null && problem === 'past') return reject('invalid', { key: 'followUpInPast', start });
  if (start !== null && problem === 'tooFar') return reject('invalid', { key: 'followUpTooFar', start, maxDays: LIMITS.maxDaysAhead });
  return applied({
    ...state,
    followUp: { ...state.followUp, kind: c.kind, start: c.start, durationMinutes: c.durationMinutes },
  });
};

/**
 * Records the Graph event once. The same iCalUId again is a retry of the same
 * event and changes nothing; a different one would mean a second invite.
 */
export const recordCoachEvent: Handler<'recordCoachEvent'> = (state, c, envelope) => {
  const { followUp } = state;
  if (followUp.start === null) {
    return reject('conflict', { key: 'followUpNeedsTime' });
  }
  if (followUp.coachEvent !== null) {
    if (followUp.coachEvent.iCalUId === c.iCalUId) return applied(state);
    return reject('conflict', { key: 'otherFollowUpEvent' });
  }
  return applied({
    ...state,
    followUp: {
      ...followUp,
      coachEvent: { eventId: c.eventId, iCalUId: c.iCalUId, at: envelope.at, ...(c.notesUrl ? { notesUrl: c.notesUrl } : {}) },
    },
  });
};

export const recordCoacheeAcceptance: Handler<'recordCoacheeAcceptance'> = (state, _c, envelope) => {
  const { followUp } = state;
  if (followUp.coachEvent === null) return reject('conflict', { key: 'noInviteYet' });
  // Accepting twice (a retry, a second device) keeps the first acceptance time.
  if (followUp.coacheeAcceptedAt !== null) return applied(state);
  return applied({ ...state, followUp: { ...followUp, coacheeAcceptedAt: envelope.at } });
};

/** Whether the summary reached the chat. Posted is final: a later "uncertain" (a second panel's lost answer) changes nothing. */
export const recordChatSummary: Handler<'recordChatSummary'> = (state, c, envelope) => {
  const { followUp } = state;
  if (followUp.chatSummary?.state === 'posted') return applied(state);
  return applied({ ...state, followUp: { ...followUp, chatSummary: { state: c.state, at: envelope.at } } });
};
