import type { Command } from '../../src/domain';
import type { SessionStore } from '../../src/ports';
import { createMemorySessionHub } from '../../src/sync';
import { fakeClock } from '../fixtures/clock';
import { COACH, COACHEE, FOLLOW_UP_START, MINUTE, NEXT_WEEK, OBSERVER, T0 } from '../fixtures/sessions';

export const SESSION = 's-sync';

/** A coach, a coachee and (on demand) an observer sharing one in-memory session, through the real domain. */
export function syncMeeting() {
  const clock = fakeClock(T0);
  const hub = createMemorySessionHub({ sessionId: SESSION, organizerId: COACH.userId, clock });
  const coach = hub.connect(COACH);
  clock.advance(MINUTE);
  const coachee = hub.connect(COACHEE);
  const send = (store: SessionStore, command: Command) => {
    clock.advance(MINUTE);
    const result = store.dispatch(command);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.reason}`);
  };
  return { clock, coach, coachee, observer: () => hub.connect(OBSERVER), send };
}

export type SyncMeeting = ReturnType<typeof syncMeeting>;

/** Through Plan to Close: the coachee owns `step-1`, the coach `step-2`; the follow-up planned but not on the calendar yet. */
export function toClose(m: SyncMeeting): void {
  const { coach, coachee, send } = m;
  send(coachee, { type: 'stateChallenge', id: 'ch-1', text: 'I keep missing the weekly report deadline.' });
  send(coach, { type: 'advance' });
  send(coachee, { type: 'agreeChallenge', versionId: 'ch-1' });
  send(coach, { type: 'agreeChallenge', versionId: 'ch-1' });
  send(coachee, { type: 'addCause', id: 'cause-1', text: 'The data arrives on Thursday evening.' });
  send(coachee, { type: 'addOption', id: 'opt-1', text: 'Ask for the data on Wednesday.' });
  send(coach, { type: 'addOption', id: 'opt-2', text: 'Move the report to Monday.' });
  send(coachee, { type: 'advance' });
  send(coachee, { type: 'chooseOption', id: 'opt-1' });
  send(coachee, { type: 'addNextStep', id: 'step-1', text: 'Agree a Wednesday hand-over.', ownerId: COACHEE.userId, due: NEXT_WEEK });
  send(coach, { type: 'addNextStep', id: 'step-2', text: 'Ask finance for the template.', ownerId: COACH.userId, due: NEXT_WEEK });
  send(coach, { type: 'recordConfidence', value: 4 });
  send(coach, { type: 'advance' });
  send(coachee, { type: 'writeCoacheeSummary', text: 'I will agree a Wednesday hand-over by next week.' });
  send(coach, { type: 'planFollowUp', kind: 'statusUpdate', start: FOLLOW_UP_START, durationMinutes: 30 });
}

/** The closure: the follow-up is on the coach's calendar. */
export function closeIt(m: SyncMeeting): void {
  m.send(m.coach, { type: 'recordCoachEvent', eventId: 'evt-1', iCalUId: 'ical-1' });
}
