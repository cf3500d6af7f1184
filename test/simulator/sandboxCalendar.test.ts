import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphCalendarGateway } from '../../src/graph';
import { localDevToken } from '../../src/ports';
import { CALENDAR_WEEKS, entriesFrom, sandboxCalendar, type LoadCalendar } from '../../src/simulator/sandboxCalendar';
import { COACH, COACHEE } from '../../src/simulator/meetingAddress';
import { devToken as sandboxDevToken, serveGraphSandbox, type GraphSandbox } from '../servers/graphSandbox.cjs';
import { devTokens, followUp, NOW } from '../graph/helpers';

// The simulator's calendars read a REAL Graph sandbox, found the way the page
// finds it (the server's /graph-sandbox.json), over HTTP. The view's rendering
// is tested in jsdom with the loader injected (participantCalendar.test.tsx).

const quiet = { log: () => undefined, error: () => undefined };

/** A development server answering only /graph-sandbox.json, like `npm start`'s. */
async function devServer(served: ReturnType<typeof serveGraphSandbox>) {
  const server = http.createServer((req, res) => served.answer(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    configUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graph-sandbox.json`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('sandboxCalendar, against a real Graph sandbox', () => {
  let served: ReturnType<typeof serveGraphSandbox>;
  let sandbox: GraphSandbox;
  let server: Awaited<ReturnType<typeof devServer>>;
  let load: LoadCalendar;
  beforeEach(async () => {
    served = serveGraphSandbox({ log: quiet });
    sandbox = (await served.started)!;
    server = await devServer(served);
    load = sandboxCalendar({ configUrl: server.configUrl }, { now: () => NOW });
  });
  afterEach(async () => {
    await server.close();
    await served.close();
  });

  it('uses the token the sandbox gives the simulator’s people', () => {
    expect(localDevToken(COACH.userId)).toBe(sandboxDevToken(COACH.userId));
  });

  it('shows nothing on a fresh calendar', async () => {
    await expect(load(COACH.userId)).resolves.toEqual([]);
  });

  it('shows the follow-up the app books on both calendars, then the coachee’s answer', async () => {
    const gateway = (userId: string) => new GraphCalendarGateway({ tokens: devTokens(userId), baseUrl: sandbox.baseUrl, now: () => NOW });
    const booked = await gateway(COACH.userId).createFollowUp(followUp());
    if (!booked.ok) throw new Error(JSON.stringify(booked.failure));
    const start = Date.UTC(2026, 11, 3, 13, 0); // followUp()'s start
    const subject = 'Status update: Say no to extra projects';

    // The invite's link to the session notes, on both copies, as Outlook offers it.
    const links = [{ href: 'https://stagecoach.example/notes?session=session-1', text: 'Open the session notes in Stagecoach' }];
    const type = 'singleInstance';
    expect(await load(COACH.userId)).toEqual([{ id: booked.value.eventId, subject, start, response: 'Organizer', type, links }]);
    expect(await load(COACHEE.userId)).toEqual([{ id: expect.any(String), subject, start, response: 'Not responded', type, links }]);

    expect((await gateway(COACHEE.userId).acceptInvite(booked.value.iCalUId)).ok).toBe(true);
    expect((await load(COACHEE.userId))[0]!.response).toBe('Accepted');
    // Through Graph's own endpoint with each person's token; nothing else.
    const reads = sandbox.requests.filter((r) => r.method === 'GET' && r.path === '/v1.0/me/calendarView');
    expect(reads.map((r) => r.userId)).toEqual(expect.arrayContaining([COACH.userId, COACHEE.userId]));
  });

  it('lists each occurrence of a weekly series over the coming 8 weeks, on both calendars, and nothing past them', async () => {
    // The first occurrence on NOW's day, 10:00 Berlin: the view starts at the start of that day.
    sandbox.addSeries(COACH.userId, {
      subject: 'Weekly 1:1',
      start: '2026-12-01T10:00:00',
      end: '2026-12-01T10:30:00',
      timeZone: 'Europe/Berlin',
      attendees: [COACHEE.userId],
    });
    const weeks = Array.from({ length: CALENDAR_WEEKS }, (_, i) => Date.UTC(2026, 11, 1 + 7 * i, 9));
    for (const person of [COACH, COACHEE]) {
      const entries = await load(person.userId);
      expect(entries.map((e) => [e.subject, e.start, e.type])).toEqual(weeks.map((start) => ['Weekly 1:1', start, 'occurrence']));
    }
  });

  it('reads every page of a calendar longer than Graph’s page of 10', async () => {
    const gateway = new GraphCalendarGateway({ tokens: devTokens(COACH.userId), baseUrl: sandbox.baseUrl, now: () => NOW });
    for (let i = 0; i < 12; i++) {
      const booked = await gateway.createFollowUp({ ...followUp(), sessionId: `s-page-${i}` });
      if (!booked.ok) throw new Error(JSON.stringify(booked.failure));
    }
    expect(await load(COACH.userId)).toHaveLength(12);
  });

  it('says why when the sandbox does not answer, did not start, or is not named', async () => {
    await served.close();
    await expect(load(COACH.userId)).rejects.toThrow('the Graph sandbox does not answer.');
    // A server whose sandbox did not start answers 503.
    const broken = serveGraphSandbox({ log: quiet, schemaPath: '/nowhere/schema.json' });
    const brokenServer = await devServer(broken);
    try {
      await expect(sandboxCalendar({ configUrl: brokenServer.configUrl })(COACH.userId)).rejects.toThrow('did not start');
    } finally {
      await brokenServer.close();
    }
    await expect(sandboxCalendar({ configUrl: 'http://127.0.0.1:9/graph-sandbox.json' })(COACH.userId)).rejects.toThrow(
      'no Graph sandbox is named',
    );
  });

  it('asks for the base URL again after a failure', async () => {
    const fetches: string[] = [];
    const counting: typeof fetch = (input, init) => {
      fetches.push(String(input));
      return fetch(input, init);
    };
    const reader = sandboxCalendar({ configUrl: server.configUrl, fetch: counting }, { now: () => NOW });
    await reader(COACH.userId);
    await reader(COACH.userId);
    sandbox.injectFaults({ kind: 'status', status: 503 });
    await expect(reader(COACH.userId)).rejects.toThrow('answered 503');
    await reader(COACH.userId);
    expect(fetches.filter((u) => u === server.configUrl)).toHaveLength(2);
  });
});

describe('entriesFrom', () => {
  const event = (fields: Record<string, unknown>) => ({ value: [{ id: 'e1', ...fields }] });

  it('reads Graph’s answers into words, earliest first', () => {
    const entries = entriesFrom({
      value: [
        {
          id: 'b',
          subject: 'Later',
          start: { dateTime: '2026-12-04T09:00:00.0000000', timeZone: 'UTC' },
          isOrganizer: false,
          responseStatus: { response: 'tentativelyAccepted' },
        },
        {
          id: 'a',
          subject: 'Sooner',
          start: { dateTime: '2026-12-03T09:00:00.0000000', timeZone: 'UTC' },
          isOrganizer: false,
          responseStatus: { response: 'declined' },
          type: 'occurrence',
        },
        { id: 'c', subject: null, start: null, isOrganizer: null, responseStatus: { response: 'none' }, type: 'somethingNew' },
      ],
    });
    expect(entries).toEqual([
      { id: 'a', subject: 'Sooner', start: Date.UTC(2026, 11, 3, 9), response: 'Declined', type: 'occurrence', links: [] },
      { id: 'b', subject: 'Later', start: Date.UTC(2026, 11, 4, 9), response: 'Tentative', type: 'singleInstance', links: [] },
      { id: 'c', subject: '(no subject)', start: null, response: 'Not responded', type: 'singleInstance', links: [] },
    ]);
  });

  it('offers only the http(s) links of an HTML body; a body that is not one loses its links, not the event', () => {
    const html = (content: string) => entriesFrom(event({ subject: 'Follow-up', body: { contentType: 'html', content } }))[0]!.links;
    expect(
      html(
        '<p><a href="javascript:alert(1)">Evil</a> <a href="data:text/html,x">Data</a> ' +
          '<a href="https://x.example/notes?a=1&amp;b=%222%22">Open the <b>notes</b> &amp; more</a></p>',
      ),
    ).toEqual([{ href: 'https://x.example/notes?a=1&b=%222%22', text: 'Open the notes & more' }]);
    expect(entriesFrom(event({ body: { contentType: 'text', content: '<a href="https://x.example/">x</a>' } }))[0]!.links).toEqual([]);
    expect(entriesFrom(event({ subject: 'Kept', body: { content: 42 } }))[0]).toMatchObject({ subject: 'Kept', links: [] });
  });

  it.each([
    ['not an object', 'nope'],
    ['no value', {}],
    ['an event without id', { value: [{ subject: 'x' }] }],
    ['a subject that is not text', event({ subject: { html: '<b>' } })],
    ['a start without a zone', event({ start: { dateTime: '2026-12-03T09:00:00' } })],
    ['a huge subject', event({ subject: 'x'.repeat(5000) })],
  ])('refuses %s', (_what, body) => {
    expect(() => entriesFrom(body)).toThrow('not a list of events');
  });
});
