import { followUpTimeProblem } from '../followUpChecks';
import { LIMITS } from '../limits';
import { reject } from '../result';
import { applied, type Handler } from './types';

export const recordConfidence: Handler<'recordConfidence'> = (state, c, envelope) => {
  if (state.stage !== 'plan' && state.stage !== 'close') {
    return reject('conflict', 'Confidence is recorded once there is a plan.');
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
    return reject('conflict', 'The follow-up is already on the calendar.');
  }
  const problem = c.start === null ? null : followUpTimeProblem(c.start, envelope.at);
  if (problem === 'past') return reject('invalid', 'The follow-up must be in the future.');
  if (problem === 'tooFar') return reject('invalid', `The follow-up is too far ahead (at most ${LIMITS.maxDaysAhead} days).`);
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
    return reject('conflict', 'Choose a time for the follow-up before putting it on the calendar.');
  }
  if (followUp.coachEvent !== null) {
    if (followUp.coachEvent.iCalUId === c.iCalUId) return applied(state);
    return reject('conflict', 'A different follow-up event is already on the calendar.');
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
  if (followUp.coachEvent === null) return reject('conflict', 'There is no invite to accept yet.');
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
