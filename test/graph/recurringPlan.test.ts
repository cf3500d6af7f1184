// A session closed onto the pair's next recurring 1:1, end to end with real
// parts (memory hub and real domain, each person's real Graph adapters, the
// strict sandbox's series): recorded with the same commands as a new meeting,
// so the coachee's acceptance, the Outlook pane on either copy of the
// occurrence, the steps in To Do and the next session's carry-over work as
// they do for a new meeting.
import { followUpPlan, followUpWindowEnd } from '../../src/domain';
import { carryOverPrevious, saveOwnCopy } from '../../src/app';
import { followUpRequest } from '../../src/ui/components/FollowUp/followUpRequest';
import { english } from '../fixtures/words';
import { ALEX, NOTES_URL, SAM, graphOf, keepTasksOnce, meeting, resolveAs, tasksByKey, toClose, value, type Meeting } from './planWorld';
import { startGraphSandbox, type GraphSandbox } from './sandbox/graphSandbox';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

/** NOW is Tuesday 1 December, 10:00 in Berlin, in this week's 1:1; the next is on the 8th. */
const NEXT = Date.UTC(2026, 11, 8, 9, 0);

/** The coach's panel's closure onto the next occurrence: found, planned, written, recorded. */
async function closeOntoNextOccurrence(m: Meeting) {
  const plan = followUpPlan(m.session());
  const alex = graphOf(sandbox, ALEX.userId).calendar;
  const next = value(
    await alex.findNextOccurrence({
      attendee: { address: SAM.address, displayName: SAM.displayName },
      timeZone: 'Europe/Berlin',
      before: followUpWindowEnd(plan, '2026-12-01'),
    }),
  );
  if (next.kind !== 'usable') throw new Error(JSON.stringify(next));
  const { occurrence } = next;
  const settings = { kind: 'statusUpdate' as const, start: occurrence.start, durationMinutes: occurrence.durationMinutes };
  m.send(m.coach, { type: 'planFollowUp', ...settings });
  const built = followUpRequest(m.sessionId, plan, settings, { timeZone: 'Europe/Berlin', notesUrl: NOTES_URL }, english);
  if (!built.ok) throw new Error(built.message);
  const ref = value(await alex.planOnOccurrence(built.request, occurrence.eventId));
  m.send(m.coach, { type: 'recordCoachEvent', ...ref, notesUrl: NOTES_URL });
  return ref;
}

const found = <R extends { kind: string }>(r: R) => {
  if (r.kind !== 'found') throw new Error(`Expected the plan, got ${JSON.stringify(r)}`);
  return r as Extract<R, { kind: 'found' }>;
};

it('records the occurrence as the follow-up; acceptance, the Outlook pane, To Do and the carry-over work as for a new meeting', async () => {
  sandbox.addSeries(ALEX.userId, {
    subject: 'Alex / Sam',
    start: '2026-12-01T10:00:00',
    end: '2026-12-01T10:45:00',
    timeZone: 'Europe/Berlin',
    attendees: [SAM.userId],
  });
  const m = meeting('meeting-1');
  toClose(m);
  const ref = await closeOntoNextOccurrence(m);
  expect(m.session().followUp).toMatchObject({ start: NEXT, durationMinutes: 45, coachEvent: { ...ref, notesUrl: NOTES_URL } });

  // The coachee's panel accepts with the start the session records.
  value(await graphOf(sandbox, SAM.userId).calendar.acceptInvite(ref.iCalUId, m.session().followUp.start!));
  m.send(m.coachee, { type: 'recordCoacheeAcceptance' });
  expect(m.session().followUp.coacheeAcceptedAt).not.toBeNull();

  m.clock.advance(60_000);
  expect(await saveOwnCopy(m.coach, graphOf(sandbox, ALEX.userId).archive, ALEX.userId, m.clock.now())).toEqual({ ok: true });
  expect(await saveOwnCopy(m.coachee, graphOf(sandbox, SAM.userId).archive, SAM.userId, m.clock.now())).toEqual({ ok: true });

  // The Outlook pane on either person's copy of that occurrence finds the session by the occurrence's own iCalUId.
  const samCopy = value(await graphOf(sandbox, SAM.userId).events.eventByICalUId(ref.iCalUId, NEXT));
  expect(samCopy).not.toBeNull();
  expect(found(await resolveAs(sandbox, SAM.userId, samCopy!.id)).session.sessionId).toBe('meeting-1');
  expect(found(await resolveAs(sandbox, ALEX.userId, ref.eventId)).plan.sessionId).toBe('meeting-1');
  // Another week of the series is no follow-up.
  const later = sandbox.calendarView(SAM.userId, NEXT + 6 * 86_400_000, NEXT + 8 * 86_400_000)[0]!;
  expect(await resolveAs(sandbox, SAM.userId, later.id)).toEqual({ kind: 'notFollowUp' });

  // The steps go to each owner's own To Do, linked to the notes, as after a new meeting.
  expect((await keepTasksOnce(m.coachee, SAM.userId, graphOf(sandbox, SAM.userId).tasks)).kind).toBe('saved');
  const samTasks = [...tasksByKey(sandbox, SAM.userId).values()].flat();
  expect(samTasks).toHaveLength(1);
  expect(JSON.stringify(samTasks[0])).toContain(NOTES_URL);

  // The next session with the pair, in that very occurrence, opens on this plan.
  const next = meeting('meeting-2', NEXT);
  expect(await carryOverPrevious(next.coach, graphOf(sandbox, ALEX.userId).archive, ALEX.userId)).toEqual({
    kind: 'carried',
    fromSessionId: 'meeting-1',
  });
});
