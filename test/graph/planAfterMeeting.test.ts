// The plan after the meeting, end to end with real parts: a real session
// (memory hub, real domain) closed by the coach's real GraphCalendarGateway,
// both own copies in each person's own OneDrive (real DriveArchiveStore),
// and the Outlook add-in's resolution (resolveFollowUp) over each person's
// real GraphEventLookup, stored sessions and GraphTaskGateway, all against the
// strict local Graph sandbox.
//
// Outlook's read form (the coachee, an attendee) and organizer form (the
// coach) differ only in how Outlook hands over the event's REST id; that is
// covered in test/outlook. Here each person simply passes their own copy's id.
import { planOf } from '../../src/domain';
import { NOW, OBSERVER, followUp } from './helpers';
import {
  ALEX,
  CHALLENGE,
  CHOSEN,
  COACH_STEP,
  COACHEE_STEP,
  DUE,
  FOLLOW_UP_START,
  SAM,
  SUMMARY,
  closeAndSave,
  coacheeEventId,
  graphOf,
  inviteOnBothCalendars,
  keepOwnCopy,
  meeting,
  resolveAs,
  toClose,
  value,
} from './planWorld';
import { startGraphSandbox, type GraphSandbox } from './sandbox/graphSandbox';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

const NOTES = { text: 'Private: Sam sounds worn out, ask about workload.', updatedAt: NOW };

/** A completed session between Alex and Sam, saved by both, and the follow-up's ids on each calendar. */
async function completedMeeting() {
  const m = meeting('meeting-1');
  toClose(m);
  const ref = await closeAndSave(sandbox, m, NOTES);
  const samEventId = await coacheeEventId(sandbox, ref.iCalUId);
  return { m, ref, samEventId };
}

const found = <R extends { kind: string }>(r: R) => {
  if (r.kind !== 'found') throw new Error(`Expected the plan, got ${JSON.stringify(r)}`);
  return r as Extract<R, { kind: 'found' }>;
};

/**
 * Every Graph call was made with `userId`'s token; file downloads carry none
 * (OneDrive's pre-authenticated URLs, handed to that same user).
 */
const onlyBy = (requests: GraphSandbox['requests'], userId: string) =>
  requests.length > 0 &&
  requests.every((r) => r.userId === userId || (r.userId === null && r.path.startsWith('/download/') && r.status === 200));

describe('the follow-up event resolves to its session', () => {
  it('for the coachee, with the coachee’s own copy of the invite: the plan as agreed, Sam’s steps marked as Sam’s', async () => {
    const { m, ref, samEventId } = await completedMeeting();
    expect(samEventId).not.toBe(ref.eventId); // Sam's own copy, not Alex's id

    const before = sandbox.requests.length;
    const result = found(await resolveAs(sandbox, SAM.userId, samEventId));
    expect(onlyBy(sandbox.requests.slice(before), SAM.userId)).toBe(true);
    expect(result.viewerId).toBe(SAM.userId);
    expect(result.doneStates).toEqual({ from: 'taskList' });
    expect(result.session.sessionId).toBe('meeting-1');
    expect(result.plan).toMatchObject({
      sessionId: 'meeting-1',
      challenge: CHALLENGE,
      chosenOption: CHOSEN,
      coacheeSummary: SUMMARY,
      coach: { userId: ALEX.userId, name: 'Alex' },
      coachee: { userId: SAM.userId, name: 'Sam' },
      followUpStart: FOLLOW_UP_START,
      followUpICalUId: ref.iCalUId,
    });
    expect(result.plan.steps.map((s) => [s.id, s.text, s.ownerName, s.due, s.done, s.mine])).toEqual([
      ['step-1', COACHEE_STEP, 'Sam', DUE, false, true],
      ['step-2', COACH_STEP, 'Alex', DUE, false, false],
    ]);
    // The stored copy gives exactly the plan the live session gave at closure.
    expect(result.plan).toEqual(planOf(m.session(), SAM.userId));
  });

  it('for the coach, with the coach’s own event id, from the coach’s own copy', async () => {
    const { m, ref } = await completedMeeting();
    const before = sandbox.requests.length;
    const result = found(await resolveAs(sandbox, ALEX.userId, ref.eventId));
    expect(result.viewerId).toBe(ALEX.userId);
    expect(result.plan.followUpICalUId).toBe(ref.iCalUId);
    expect(result.plan.steps.map((s) => [s.id, s.mine])).toEqual([
      ['step-1', false],
      ['step-2', true],
    ]);
    expect(result.plan).toEqual(planOf(m.session(), ALEX.userId));
    expect(onlyBy(sandbox.requests.slice(before), ALEX.userId)).toBe(true);
  });

  it('does not find the plan with the other person’s event id: it is not on the viewer’s calendar', async () => {
    const { ref } = await completedMeeting();
    const result = await resolveAs(sandbox, SAM.userId, ref.eventId);
    expect(result).toEqual({ kind: 'failed', failure: { kind: 'notFound', what: 'meeting', retryable: false } });
  });
});

describe('the invite opened before anyone accepts it', () => {
  // Issue 14: the coachee opened the invite the moment it landed, before
  // accepting it, and was told it was no Stagecoach follow-up: their own copy
  // was left to the save debounce, which the meeting's next changes keep
  // re-arming, so it did not name the invite yet.
  it('shows each person the plan at once: both own copies name the invite the moment it is recorded', async () => {
    const m = meeting('meeting-1');
    toClose(m);
    const alex = keepOwnCopy(sandbox, m, ALEX);
    const sam = keepOwnCopy(sandbox, m, SAM);
    // Nothing was saved while the session was made: only the debounce (which never fires here) was armed.
    expect(sandbox.requests.filter((r) => r.path.includes('/me/drive/'))).toEqual([]);

    const ref = await inviteOnBothCalendars(sandbox, m);
    expect(sam.saver.getStatus().kind).toBe('saving');
    expect(await sam.settled()).toBe('saved');
    expect(await alex.settled()).toBe('saved');

    // Sam has not answered the invite, and the session is still open (no acceptance, no affirmation).
    const samEventId = await coacheeEventId(sandbox, ref.iCalUId);
    expect(sandbox.events(SAM.userId).find((e) => e.id === samEventId)?.responseStatus.response).toBe('notResponded');
    expect(m.session().followUp.coacheeAcceptedAt).toBeNull();
    expect(m.session().affirmation).toBeNull();

    const asSam = found(await resolveAs(sandbox, SAM.userId, samEventId));
    expect(asSam.plan).toEqual(planOf(m.session(), SAM.userId));
    expect(asSam.plan.followUpICalUId).toBe(ref.iCalUId);
    expect(asSam.plan.steps.map((s) => [s.id, s.mine])).toEqual([
      ['step-1', true],
      ['step-2', false],
    ]);
    const asAlex = found(await resolveAs(sandbox, ALEX.userId, ref.eventId));
    expect(asAlex.plan).toEqual(planOf(m.session(), ALEX.userId));
  });
});

describe('a meeting that is not a follow-up', () => {
  it('says notFollowUp for any other event on the calendar, and never asks To Do', async () => {
    await completedMeeting();
    // A meeting of Sam's own, and a Stagecoach invite whose session nobody stored.
    sandbox.addBusy(SAM.userId, FOLLOW_UP_START + 86_400_000, FOLLOW_UP_START + 86_400_000 + 3_600_000, 'Dentist');
    const dentist = sandbox.events(SAM.userId).find((e) => e.subject === 'Dentist')!;
    const stray = value(
      await graphOf(sandbox, ALEX.userId).calendar.createFollowUp(
        followUp({ sessionId: 'meeting-never-saved', challenge: 'Unrelated', start: FOLLOW_UP_START + 2 * 86_400_000 }),
      ),
    );
    const strayForSam = await coacheeEventId(sandbox, stray.iCalUId);

    const before = sandbox.requests.length;
    expect(await resolveAs(sandbox, SAM.userId, dentist.id)).toEqual({ kind: 'notFollowUp' });
    expect(await resolveAs(sandbox, SAM.userId, strayForSam)).toEqual({ kind: 'notFollowUp' });
    expect(await resolveAs(sandbox, ALEX.userId, stray.eventId)).toEqual({ kind: 'notFollowUp' });
    const asked = sandbox.requests.slice(before);
    expect(asked.some((r) => r.path.includes('/me/drive/'))).toBe(true); // the stored sessions were read
    expect(asked.filter((r) => r.path.includes('/me/todo'))).toEqual([]);
  });

  it('says notFollowUp to someone who keeps no copy of the session, even with the invite on their calendar', async () => {
    const { ref } = await completedMeeting();
    // Jordan was never in the session: an invite forwarded to them names no session of theirs.
    const jordan = graphOf(sandbox, OBSERVER);
    expect(value(await jordan.events.eventByICalUId(ref.iCalUId))).toBeNull();
    sandbox.addBusy(OBSERVER, FOLLOW_UP_START, FOLLOW_UP_START + 1_800_000, 'Something else');
    const own = sandbox.events(OBSERVER)[0]!;
    expect(await resolveAs(sandbox, OBSERVER, own.id)).toEqual({ kind: 'notFollowUp' });
    expect(sandbox.requests.filter((r) => r.userId === OBSERVER && r.path.includes('/me/todo'))).toEqual([]);
  });
});

describe('Graph refusing the event', () => {
  // resolveFollowUp asks for the event and for /me at once, and the sandbox's
  // faults go to the next requests whatever their path: every attempt of both
  // meets the fault, so which arrives first does not matter. The event's
  // failure is the one reported (it is looked at first).
  const MAX_RETRIES = 1;
  it.each([
    [403, 1, { kind: 'consent', need: 'readCalendar', permission: 'Calendars.ReadBasic', retryable: true }],
    [404, 1, { kind: 'notFound', what: 'meeting', retryable: false }],
    [429, MAX_RETRIES + 1, { kind: 'throttled', retryable: true }],
  ])('a %i says so in the calendar’s terms', async (status, attempts, failure) => {
    const { samEventId } = await completedMeeting();
    const before = sandbox.requests.length;
    sandbox.injectFaults(...Array.from({ length: 2 * attempts }, () => ({ kind: 'status' as const, status, retryAfterSeconds: 0 })));
    const result = await resolveAs(sandbox, SAM.userId, samEventId, { maxRetries: MAX_RETRIES });
    expect(result).toEqual({ kind: 'failed', failure });
    const asked = sandbox.requests.slice(before);
    const eventPath = `/v1.0/me/events/${encodeURIComponent(samEventId)}`;
    // The event was asked for (and, for 429, asked again by the RetryHandler before it gave up).
    expect(asked.filter((r) => r.path === eventPath).map((r) => r.status)).toEqual(Array.from({ length: attempts }, () => status));
    // Nothing else was read: no stored sessions, no tasks.
    expect(asked.every((r) => r.path === eventPath || r.path === '/v1.0/me')).toBe(true);
  });

  it('gives three different failures for the three', async () => {
    const { samEventId } = await completedMeeting();
    const messages: string[] = [];
    for (const [status, attempts] of [
      [403, 1],
      [404, 1],
      [429, 2],
    ] as const) {
      sandbox.injectFaults(...Array.from({ length: 2 * attempts }, () => ({ kind: 'status' as const, status, retryAfterSeconds: 0 })));
      const result = await resolveAs(sandbox, SAM.userId, samEventId, { maxRetries: 1 });
      messages.push(result.kind === 'failed' ? result.failure.kind : `not failed: ${result.kind}`);
    }
    expect(new Set(messages).size).toBe(3);
    // With the faults used up, the same event resolves.
    expect((await resolveAs(sandbox, SAM.userId, samEventId)).kind).toBe('found');
  });
});
