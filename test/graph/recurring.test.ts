// The follow-up on the pair's next recurring 1:1, through the real
// graph-client against the sandbox's series: the next occurrence found before
// the first due date, the plan added to that occurrence only, once, both
// copies showing it, and the coachee finding and accepting it by its own
// iCalUId as they would a new meeting.
import { GraphCalendarGateway, GraphEventLookup } from '../../src/graph';
import type { FollowUpRequest, GraphOutcome, NextOccurrenceRequest, SeriesOccurrence } from '../../src/ports';
import { startGraphSandbox, type GraphSandbox, type SandboxEvent } from './sandbox/graphSandbox';
import { COACH, COACHEE, DAY, NOW, OBSERVER, followUp, sandboxClientOptions } from './helpers';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

const gateway = (userId: string) => new GraphCalendarGateway({ ...sandboxClientOptions(sandbox.baseUrl, userId), now: () => NOW });
const lookup = (userId: string) => new GraphEventLookup(sandboxClientOptions(sandbox.baseUrl, userId));

function value<T>(outcome: GraphOutcome<T>): T {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
  return outcome.value;
}

const AGENDA = '<p>Standing agenda: projects, then feedback.</p>';
/** NOW is Tuesday 1 December, 10:00 in Berlin: this week's 1:1 is under way, the next is on the 8th. */
const NEXT = Date.UTC(2026, 11, 8, 9, 0);
const ASK: NextOccurrenceRequest = {
  attendee: { address: 'sam@contoso.example', displayName: 'Sam' },
  timeZone: 'Europe/Berlin',
  before: '2026-12-10',
};

/** `organizer`'s weekly 1:1 on Tuesdays 10:00–10:30 in Berlin with `attendees`, its own agenda in the body. */
const weekly = (organizer = COACH, attendees = [organizer === COACH ? COACHEE : COACH]) =>
  sandbox.addSeries(organizer, {
    subject: '1:1',
    start: '2026-12-01T10:00:00',
    end: '2026-12-01T10:30:00',
    timeZone: 'Europe/Berlin',
    attendees,
    event: { body: { contentType: 'html', content: AGENDA } },
  });

/** `userId`'s copies in the view over the next four weeks, earliest first. */
const view = (userId: string) => sandbox.calendarView(userId, NOW, NOW + 28 * DAY);
const occurrenceOn = (userId: string, start: number): SandboxEvent => {
  const found = view(userId).find((e) => Date.parse(`${String((e.start as { dateTime: string }).dateTime).slice(0, 19)}Z`) === start);
  if (!found) throw new Error(`No event of ${userId} at ${new Date(start).toISOString()}.`);
  return found;
};
const bodyOf = (e: SandboxEvent) => String((e.body as { content?: string } | undefined)?.content ?? '');
const patches = () => sandbox.requests.filter((r) => r.method === 'PATCH');

/** The follow-up request as the coach's panel builds it for the occurrence: its time and length. */
const onOccurrence = (occurrence: SeriesOccurrence, overrides: Parameters<typeof followUp>[0] = {}): FollowUpRequest =>
  followUp({ start: occurrence.start, durationMinutes: occurrence.durationMinutes, ...overrides });

async function usableNext(): Promise<SeriesOccurrence> {
  const next = value(await gateway(COACH).findNextOccurrence(ASK));
  if (next.kind !== 'usable') throw new Error(JSON.stringify(next));
  return next.occurrence;
}

describe('the follow-up on the next occurrence of the pair’s weekly 1:1', () => {
  it('finds the next occurrence before the first due date: its own id, iCalUId, start and length', async () => {
    weekly();
    const occurrence = await usableNext();
    const copy = occurrenceOn(COACH, NEXT);
    expect(occurrence).toEqual({ eventId: copy.id, iCalUId: copy.iCalUId, start: NEXT, durationMinutes: 30 });
    expect(copy.type).toBe('occurrence');
    // The series' own iCalUId is another.
    expect(occurrence.iCalUId).not.toBe(sandbox.events(COACH)[0]!.iCalUId);
    // Nothing before the window's end: the 8th has begun by then.
    expect(value(await gateway(COACH).findNextOccurrence({ ...ASK, before: '2026-12-08' }))).toEqual({ kind: 'none' });
    const asked = sandbox.requests.find((r) => r.path.endsWith('/calendarView'))!;
    // From now until the 10th begins in Berlin, in UTC.
    expect(asked.query).toContain('startDateTime=2026-12-01T09:00:00.000Z&endDateTime=2026-12-09T23:00:00.000Z');
  });

  it('adds the plan to that occurrence only, keeping its agenda and Teams link; the series and the other weeks stay as they were', async () => {
    weekly();
    const master = structuredClone(sandbox.events(COACH)[0]!);
    const occurrence = await usableNext();
    const ref = value(await gateway(COACH).planOnOccurrence(onOccurrence(occurrence), occurrence.eventId));
    expect(ref).toEqual({ eventId: occurrence.eventId, iCalUId: occurrence.iCalUId });

    const changed = occurrenceOn(COACH, NEXT);
    expect(changed.type).toBe('exception');
    expect(bodyOf(changed).startsWith(AGENDA)).toBe(true);
    expect(bodyOf(changed)).toContain('Draft the message to Kim');
    expect(changed.onlineMeeting).toEqual(master.onlineMeeting);
    expect(changed.start).toEqual(occurrenceOn(COACH, NEXT).start);

    // Only the body was sent, only to that occurrence.
    expect(patches().map((r) => decodeURIComponent(r.path))).toEqual([`/v1.0/me/events/${occurrence.eventId}`]);
    expect(sandbox.events(COACH)).toEqual([expect.objectContaining({ id: master.id, body: master.body, type: 'seriesMaster' })]);
    for (const other of [NEXT + 7 * DAY, NEXT + 14 * DAY]) {
      expect(occurrenceOn(COACH, other)).toMatchObject({ type: 'occurrence', body: master.body });
    }
  });

  it('writes the same plan once, however often it is asked; a changed plan replaces it in place', async () => {
    weekly();
    const occurrence = await usableNext();
    const coach = gateway(COACH);
    value(await coach.planOnOccurrence(onOccurrence(occurrence), occurrence.eventId));
    value(await coach.planOnOccurrence(onOccurrence(occurrence), occurrence.eventId));
    value(await gateway(COACH).planOnOccurrence(onOccurrence(occurrence), occurrence.eventId)); // another panel, a reload
    expect(patches()).toHaveLength(1);

    const changed = onOccurrence(occurrence, { nextSteps: [{ text: 'Book the room', ownerName: 'Sam', due: '2026-12-09' }] });
    value(await coach.planOnOccurrence(changed, occurrence.eventId));
    expect(patches()).toHaveLength(2);
    const body = bodyOf(occurrenceOn(COACH, NEXT));
    expect(body.startsWith(AGENDA)).toBe(true);
    expect(body.match(/<!-- stagecoach:plan /g)).toHaveLength(1);
    expect(body).toContain('Book the room');
    expect(body).not.toContain('Draft the message to Kim');
  });

  it('shows the plan in the coachee’s copy, which they find by its own iCalUId and accept', async () => {
    weekly();
    const occurrence = await usableNext();
    const ref = value(await gateway(COACH).planOnOccurrence(onOccurrence(occurrence), occurrence.eventId));
    const theirs = occurrenceOn(COACHEE, NEXT);
    expect(theirs.iCalUId).toBe(ref.iCalUId);
    expect(bodyOf(theirs)).toContain('Draft the message to Kim');

    // /me/events never lists an occurrence: without the recorded start it is not found.
    expect(await gateway(COACHEE).acceptInvite(ref.iCalUId)).toMatchObject({ ok: false, failure: { kind: 'notFound', what: 'invite' } });
    value(await gateway(COACHEE).acceptInvite(ref.iCalUId, occurrence.start));
    expect(occurrenceOn(COACHEE, NEXT).responseStatus.response).toBe('accepted');
    expect(occurrenceOn(COACH, NEXT).attendees[0]!.status.response).toBe('accepted');
    // Only that week's answer changed.
    expect(occurrenceOn(COACHEE, NEXT + 7 * DAY).responseStatus.response).toBe('notResponded');

    // My coaching's "open the follow-up" and the Outlook pane find the coachee's own copy.
    const own = value(await lookup(COACHEE).eventByICalUId(ref.iCalUId, occurrence.start));
    expect(own).toMatchObject({ id: theirs.id, iCalUId: ref.iCalUId });
    expect(value(await lookup(COACHEE).eventById(theirs.id)).iCalUId).toBe(ref.iCalUId);
    expect(value(await lookup(COACHEE).eventByICalUId(ref.iCalUId))).toBeNull();
    expect(value(await lookup(OBSERVER).eventByICalUId(ref.iCalUId, occurrence.start))).toBeNull();
  });

  it('says when the coachee organizes the series, and never writes to it', async () => {
    weekly(COACHEE);
    const next = value(await gateway(COACH).findNextOccurrence(ASK));
    expect(next).toMatchObject({ kind: 'notOrganizer', occurrence: { start: NEXT, durationMinutes: 30 } });
    const theirs = next.kind === 'notOrganizer' ? next.occurrence : null;
    expect(next.kind === 'notOrganizer' && next.organizerName).toEqual(expect.any(String));
    // Even asked to, the gateway refuses an occurrence the coach does not organize; a new meeting still works.
    expect(await gateway(COACH).planOnOccurrence(onOccurrence(theirs!), theirs!.eventId)).toMatchObject({
      ok: false,
      failure: { kind: 'invalid', problem: 'refused', retryable: false },
    });
    expect(patches()).toEqual([]);
    value(await gateway(COACH).createFollowUp(followUp({ start: NOW + 2 * DAY })));
  });

  it('does not count a series with anyone else in it, and refuses a series master or a single event', async () => {
    const masterId = weekly(COACH, [COACHEE, OBSERVER]);
    expect(value(await gateway(COACH).findNextOccurrence(ASK))).toEqual({ kind: 'none' });
    const single = value(await gateway(COACH).createFollowUp(followUp({ start: NOW + 2 * DAY })));
    for (const id of [masterId, single.eventId]) {
      expect(await gateway(COACH).planOnOccurrence(followUp({ start: NEXT }), id)).toMatchObject({
        ok: false,
        failure: { kind: 'invalid' },
      });
    }
    expect(patches()).toEqual([]);
  });

  it('escapes hostile text in the plan on both copies of the occurrence', async () => {
    weekly();
    const occurrence = await usableNext();
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)> --> <!-- /stagecoach:plan -->';
    const request = onOccurrence(occurrence, {
      challenge: hostile,
      chosenOption: hostile,
      coacheeSummary: hostile,
      attendee: { address: 'sam@contoso.example', displayName: hostile },
      nextSteps: [{ text: hostile, ownerName: hostile, due: '2026-12-09' }],
    });
    value(await gateway(COACH).planOnOccurrence(request, occurrence.eventId));
    value(await gateway(COACH).planOnOccurrence(request, occurrence.eventId));
    expect(patches()).toHaveLength(1);
    for (const userId of [COACH, COACHEE]) {
      const body = bodyOf(occurrenceOn(userId, NEXT));
      expect(body).not.toMatch(/<script|<img/);
      expect(body.match(/<!-- \/stagecoach:plan -->/g)).toHaveLength(1);
      expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });
});
