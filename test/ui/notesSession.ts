import type { Command, SessionState } from '../../src/domain';
import { addDays } from '../../src/domain';
import { COACH, COACHEE, FOLLOW_UP_START, MINUTE, NEXT_WEEK, TODAY, newSession, play, type Actor } from '../fixtures/sessions';
import type { Meeting } from './helpers';

/** Due before NEXT_WEEK, so it comes first in the plan. */
export const IN_THREE_DAYS = addDays(TODAY, 3);

/**
 * A whole session with something in every part of the notes: an advance
 * anyway, a restated challenge, causes and options from both people, a loop
 * back with its reason, a plan with a done and an open step, and Close
 * complete. Played one minute apart, starting two minutes after T0.
 */
export const FULL_SESSION: readonly (readonly [Actor, Command])[] = [
  [COACH, { type: 'advance', force: true, reason: 'We agreed the topic before the call' }],
  [COACHEE, { type: 'stateChallenge', id: 'ch-1', text: 'The weekly report is late.' }],
  [COACHEE, { type: 'stateChallenge', id: 'ch-2', text: 'I keep missing the weekly report deadline.' }],
  [COACH, { type: 'agreeChallenge', versionId: 'ch-2' }],
  [COACHEE, { type: 'addCause', id: 'cause-1', text: 'The data arrives on Thursday evening.' }],
  [COACH, { type: 'addOption', id: 'opt-1', text: 'Move the report to Monday.' }],
  [COACHEE, { type: 'addOption', id: 'opt-2', text: 'Ask for the data on Wednesday.' }],
  [COACHEE, { type: 'advance' }],
  [COACH, { type: 'goBack', to: 'learn', reason: 'We have not looked at the review step' }],
  [COACH, { type: 'addCause', id: 'cause-2', text: 'The review waits for my manager.' }],
  [COACHEE, { type: 'advance' }],
  [COACHEE, { type: 'chooseOption', id: 'opt-2' }],
  [
    COACHEE,
    { type: 'addNextStep', id: 'step-1', text: 'Agree a Wednesday hand-over with the data team.', ownerId: COACHEE.userId, due: NEXT_WEEK },
  ],
  [COACH, { type: 'addNextStep', id: 'step-2', text: 'Ask my manager to review on Fridays.', ownerId: COACH.userId, due: IN_THREE_DAYS }],
  [COACH, { type: 'setNextStepDone', id: 'step-2', done: true }],
  [COACH, { type: 'recordConfidence', value: 4 }],
  [COACH, { type: 'advance' }],
  [COACHEE, { type: 'writeCoacheeSummary', text: 'I will agree a Wednesday hand-over by next week.' }],
  [COACH, { type: 'planFollowUp', kind: 'statusUpdate', start: FOLLOW_UP_START, durationMinutes: 45 }],
  [COACH, { type: 'recordCoachEvent', eventId: 'evt-1', iCalUId: 'ical-1' }],
  [COACHEE, { type: 'recordCoacheeAcceptance' }],
  [COACH, { type: 'giveAffirmation', text: 'You have a solid plan, and I have confidence in you.' }],
];

/** FULL_SESSION as a session state (for the Markdown tests). */
export function fullSession(): SessionState {
  return FULL_SESSION.reduce((s, [actor, command], i) => play(s, actor, command, (i + 2) * MINUTE), newSession());
}

/** FULL_SESSION through the meeting's stores, a minute apart (for the UI tests). */
export function arrangeFullSession(m: Meeting): void {
  for (const [actor, command] of FULL_SESSION) {
    m.clock.advance(MINUTE);
    const store = actor.userId === COACH.userId ? m.coach : m.coachee;
    const result = store.dispatch(command);
    if (!result.ok) throw new Error(`${command.type} refused: ${JSON.stringify(result.reason)}`);
  }
}
