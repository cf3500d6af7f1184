import { escapeHtml, safeHref } from '../../src/graph/escapeHtml';
import { htmlChatMessage, summaryHtml } from '../../src/graph/chatSummary';
import { buildFindMeetingTimes, buildFollowUpEvent, followUpSubject, isoMinutes, odataString } from '../../src/graph/requests';
import { followUpTransactionId } from '../../src/graph/transactionId';
import { toEpoch, wallClock } from '../../src/graph/zonedTime';
import type { FindMeetingTimesBody } from '../../src/graph/requests';
import type { Event } from '@microsoft/microsoft-graph-types';
import { english, wordsFor } from '../fixtures/words';
import { NOW, followUp, graphSchema } from './helpers';

const built = (r = followUp()): Event => {
  const b = buildFollowUpEvent(r, NOW);
  if (!b.ok) throw new Error(JSON.stringify(b.failure));
  return b.body;
};
const slotsBody = (before = '2026-12-10', timeZone = 'Europe/Berlin'): FindMeetingTimesBody => {
  const b = buildFindMeetingTimes(
    { attendee: { address: 'sam@contoso.example', displayName: 'Sam' }, durationMinutes: 45, timeZone, before },
    NOW,
  );
  if (!b.ok) throw new Error(JSON.stringify(b.failure));
  return b.body;
};

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['&amp; already', '&amp;amp; already'],
    ['Grüße 👋 — 日本語', 'Grüße 👋 — 日本語'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
  ])('escapes %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('lets only http(s) links through, escaped', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(safeHref('https://x.example/notes?a=1&b="2"')).toBe('https://x.example/notes?a=1&amp;b=%222%22');
  });
});

describe('the follow-up event', () => {
  const hostile = '<script>alert("x")</script> & \'q\' 👋';
  const everything = followUp({
    challenge: hostile,
    chosenOption: hostile,
    coacheeSummary: `${hostile}\nsecond line`,
    attendee: { address: 'sam@contoso.example', displayName: hostile },
    nextSteps: [{ text: hostile, ownerName: hostile, due: '2026-12-10' }],
  });

  it('escapes every text a participant typed', () => {
    const html = built(everything).body!.content!;
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('"x"');
    expect(html.match(/&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &#39;q&#39; 👋/g)).toHaveLength(6); // challenge, option, summary, name, step, owner
    expect(html).toContain('second line');
    expect(html).toContain('<br>second line');
  });

  it('carries the plan: next steps with owner and due date, the summary, the chosen option, the notes link', () => {
    const html = built().body!.content!;
    const line = english.t('documents.plan.step', { text: 'Draft the message to Kim', owner: 'Sam', date: english.date('2026-12-10') });
    expect(html).toContain(`<li>${escapeHtml(line)}</li>`);
    expect(line).toBe('Draft the message to Kim — Sam, due Dec 10, 2026');
    expect(html).toContain(`<h3>${english.t('documents.plan.nextSteps')}</h3>`);
    expect(html).toContain('I will protect two focus days a week.');
    expect(html).toContain('Decline politely with a counter-offer');
    expect(html).toContain('<a href="https://stagecoach.example/notes?session=session-1">');
  });

  it('drops a notes link that is not http(s)', () => {
    expect(built(followUp({ notesUrl: 'javascript:alert(1)' })).body!.content).not.toContain('href');
  });

  it('names the kind in the subject, as plain one-line text', () => {
    expect(built().subject).toBe('Status update: Say no to extra projects');
    expect(built(followUp({ kind: 'decisionMeeting', challenge: 'Pick\na team' })).subject).toBe('Decision meeting: Pick a team');
    expect(built(followUp({ challenge: 'x'.repeat(500) })).subject!.length).toBeLessThanOrEqual(140);
    expect(built(followUp({ challenge: '  ' })).subject).toBe('Status update');
    // Whatever the caller worded, a subject is one line Outlook keeps whole.
    const long = followUpSubject(`${'y'.repeat(300)}\nz`);
    expect(long).toMatch(/^y+…$/);
    expect(long.length).toBeLessThanOrEqual(255);
  });

  it("is in the coach's time zone, the IANA name passed through", () => {
    const e = built();
    expect(e.start).toEqual({ dateTime: '2026-12-03T14:00:00', timeZone: 'Europe/Berlin' });
    expect(e.end).toEqual({ dateTime: '2026-12-03T14:30:00', timeZone: 'Europe/Berlin' });
    const ny = built(followUp({ timeZone: 'America/New_York' }));
    expect(ny.start).toEqual({ dateTime: '2026-12-03T08:00:00', timeZone: 'America/New_York' });
  });

  it("writes the times in UTC when Graph does not document the coach's zone name (same instant)", () => {
    const e = built(followUp({ timeZone: 'Europe/Zurich' }));
    expect(e.start).toEqual({ dateTime: '2026-12-03T13:00:00', timeZone: 'UTC' });
    const body = slotsBody('2026-12-10', 'Europe/Zurich');
    expect(body.timeConstraint.timeSlots![0]).toEqual({
      start: { dateTime: '2026-12-01T09:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-12-09T23:00:00', timeZone: 'UTC' },
    });
  });

  it('crosses a daylight-saving change by the instant, not the wall clock', () => {
    // 2027-03-28 is the spring-forward day in Berlin: 00:30 UTC+1 then 2 hours later is 03:30 UTC+2.
    const e = built(followUp({ start: Date.UTC(2027, 2, 27, 23, 30), durationMinutes: 120 }));
    expect(e.start!.dateTime).toBe('2027-03-28T00:30:00');
    expect(e.end!.dateTime).toBe('2027-03-28T03:30:00');
    expect(toEpoch(e.end as { dateTime: string; timeZone: string })).toBe(Date.UTC(2027, 2, 28, 1, 30));
  });

  it('invites the coachee as a required attendee to a Teams meeting', () => {
    const e = built();
    expect(e.attendees).toEqual([{ type: 'required', emailAddress: { address: 'sam@contoso.example', name: 'Sam' } }]);
    expect(e.isOnlineMeeting).toBe(true);
    expect(e.onlineMeetingProvider).toBe('teamsForBusiness');
  });

  it('has a transactionId that depends on the session only', () => {
    const id = built().transactionId!;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(built(followUp({ start: followUp().start + 3_600_000, kind: 'decisionMeeting' })).transactionId).toBe(id);
    expect(followUpTransactionId('session-1')).toBe(id);
    expect(followUpTransactionId('session-2')).not.toBe(id);
  });

  it("passes Graph's own schema for an event", () => {
    const valid = graphSchema('event');
    expect(valid(built(everything))).toBe(true);
    expect(valid.errors ?? null).toBeNull();
  });

  it('is refused before any request for a past start, an unknown zone, a missing address', () => {
    const kind = (r: Parameters<typeof buildFollowUpEvent>[0]) => {
      const b = buildFollowUpEvent(r, NOW);
      return b.ok ? 'ok' : b.failure.kind;
    };
    expect(kind(followUp({ start: NOW - 1 }))).toBe('invalid');
    expect(kind(followUp({ timeZone: 'Mars/Olympus' }))).toBe('invalid');
    expect(kind(followUp({ attendee: { address: ' ', displayName: 'Sam' } }))).toBe('invalid');
    expect(kind(followUp({ durationMinutes: 0 }))).toBe('invalid');
  });

  it('never contains fields it was not given', () => {
    // The builder sees only FollowUpRequest: anything else on the object is ignored.
    const leaky = { ...followUp(), coachPrivateNotes: 'SECRET-NOTE' } as Parameters<typeof buildFollowUpEvent>[0];
    expect(JSON.stringify(built(leaky))).not.toContain('SECRET-NOTE');
  });
});

describe('findMeetingTimes', () => {
  it('asks for working hours from now until the due date begins, in the coach zone', () => {
    const body = slotsBody();
    expect(body.timeConstraint.activityDomain).toBe('work');
    expect(body.timeConstraint.timeSlots).toEqual([
      {
        start: { dateTime: '2026-12-01T10:00:00', timeZone: 'Europe/Berlin' },
        end: { dateTime: '2026-12-10T00:00:00', timeZone: 'Europe/Berlin' },
      },
    ]);
    expect(body.meetingDuration).toBe('PT45M');
    expect(body.attendees).toEqual([{ type: 'required', emailAddress: { address: 'sam@contoso.example', name: 'Sam' } }]);
    expect(graphSchema('action.user.findMeetingTimes')(body)).toBe(true);
  });

  it('refuses a window that has already ended', () => {
    const b = buildFindMeetingTimes(
      { attendee: { address: 'a@b.example', displayName: 'A' }, durationMinutes: 30, timeZone: 'Europe/Berlin', before: '2026-12-01' },
      NOW,
    );
    expect(b.ok ? null : b.failure.kind).toBe('invalid');
  });

  it('writes durations in ISO 8601', () => {
    expect([15, 60, 90, 120].map(isoMinutes)).toEqual(['PT15M', 'PT1H', 'PT1H30M', 'PT2H']);
  });
});

describe('in the coach’s language', () => {
  const german = wordsFor('de-DE');
  const arabic = wordsFor('ar-SA');

  it('words a German coach’s invite in German: subject, headings, each step’s due date, the link', () => {
    const e = built(followUp({}, german));
    const html = e.body!.content!;
    expect(e.subject).toBe('Statusgespräch: Say no to extra projects');
    expect(html).toContain('<p><b>Statusgespräch</b></p>');
    expect(html).toContain('<h3>Gewählte Option</h3>');
    expect(html).toContain('<h3>Nächste Schritte</h3><ul><li>Draft the message to Kim – Sam, fällig am 10.12.2026</li></ul>');
    expect(html).toContain('<h3>In den Worten von Sam</h3>');
    expect(html).toContain('>Sitzungsnotizen in Stagecoach öffnen</a>');
    expect(html).not.toMatch(/Next steps|Chosen option|words|due|Open the session notes/);
    expect(graphSchema('event')(e)).toBe(true);
  });

  it('names the follow-up’s time zone in the German summary, at the time it is in the coach’s zone', () => {
    const html = htmlChatMessage(followUp({}, german)).body!.content!;
    expect(html).toContain('<p><b>Zusammenfassung der Coaching-Sitzung</b></p>');
    expect(html).toContain(
      '<p>Statusgespräch im Kalender: Donnerstag, 3. Dezember 2026 um 14:00 (Mitteleuropäische Normalzeit), 30 Min.</p>',
    );
    // New York's coach says New York's time, and New York's zone.
    const ny = htmlChatMessage(followUp({ timeZone: 'America/New_York' }, german)).body!.content!;
    expect(ny).toContain('um 08:00 (Nordamerikanische Ostküsten-Normalzeit)');
  });

  it('words an Arabic summary in Arabic, right to left, with Arabic plurals for the steps left out', () => {
    const steps = Array.from({ length: 4 }, (_, i) => ({ text: `Step ${i} ${'x'.repeat(400)}`, ownerName: 'Sam', due: `2026-12-1${i}` }));
    const request = followUp({ nextSteps: steps }, arabic);
    const whole = summaryHtml(request);
    expect(whole).toMatch(/^<div dir="rtl"><p><b>ملخص جلسة التدريب<\/b><\/p>/);
    expect(whole).toContain('<h3>الخطوات التالية</h3>');
    expect(whole).toContain('<h3>بكلمات Sam</h3>');
    expect(whole).toContain('توقيت وسط أوروبا الرسمي');
    expect(whole).not.toMatch(/Coaching session summary|Next steps|on the calendar|min\./);
    // Fitted to a little less: the last step is left out, and the summary says so in Arabic.
    const fitted = summaryHtml(request, Buffer.byteLength(whole, 'utf8') - 1);
    expect(fitted.match(/<li>/g)).toHaveLength(3);
    expect(fitted).toContain(escapeHtml(arabic.t('documents.summary.moreSteps', { count: 1 })));
    expect(arabic.t('documents.summary.moreSteps', { count: 2 })).toContain('خطوتان');
    expect(arabic.t('documents.summary.moreSteps', { count: 3 })).toContain('خطوات');
  });

  it('keeps hostile typed text escaped in every language, in the worded lines too', () => {
    const hostile = '<script>alert("x")</script> & \'q\'';
    for (const words of [german, arabic]) {
      const request = followUp(
        {
          challenge: hostile,
          chosenOption: hostile,
          coacheeSummary: hostile,
          attendee: { address: 'sam@contoso.example', displayName: hostile },
          nextSteps: [{ text: hostile, ownerName: hostile, due: '2026-12-10' }],
        },
        words,
      );
      const event = built(request);
      const chat = htmlChatMessage(request).body!.content!;
      for (const html of [event.body!.content!, chat]) {
        expect(html).not.toContain('<script>');
        // challenge, option, summary, the heading's name, the step's text and owner
        expect(html.match(/&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &#39;q&#39;/g)).toHaveLength(6);
      }
      expect(event.subject).not.toContain('\n');
    }
  });
});

describe('other requests', () => {
  it('builds a chat summary that passes the schema, with every typed text escaped and the time in the coach zone', () => {
    const hostile = '<img src=x onerror=alert(1)> & "quotes"';
    const msg = htmlChatMessage(
      followUp({
        challenge: hostile,
        coacheeSummary: hostile,
        chosenOption: hostile,
        nextSteps: [{ text: hostile, ownerName: hostile, due: '2026-12-10' }],
      }),
    );
    expect(graphSchema('chatMessage')(msg)).toBe(true);
    const html = msg.body!.content!;
    expect(html).not.toContain('<img');
    expect(html.match(/&lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;quotes&quot;/g)).toHaveLength(5);
    expect(html).toContain(english.t('documents.summary.heading'));
    // 13:00 UTC is 14:00 in Berlin, and the zone is named.
    const when = english.dateTime(followUp().start, { timeZone: 'Europe/Berlin', withZone: true, dateStyle: 'full' });
    expect(when).toMatch(/^Thursday, December 3, 2026 at 2:00\sPM \(Central European Standard Time\)$/u);
    expect(html).toContain(`<p>${escapeHtml(english.t('documents.summary.followUp', { kind: 'Status update', when, minutes: 30 }))}</p>`);
  });

  it('quotes OData strings', () => {
    expect(odataString("it's")).toBe("'it''s'");
  });

  it('reads wall clocks back as instants', () => {
    expect(wallClock(NOW, 'UTC')).toBe('2026-12-01T09:00:00');
    expect(toEpoch({ dateTime: '2026-12-01T09:00:00.0000000', timeZone: 'UTC' })).toBe(NOW);
    expect(toEpoch({ dateTime: '2026-12-01T10:00:00', timeZone: 'Europe/Berlin' })).toBe(NOW);
    expect(toEpoch({ dateTime: 'tomorrow', timeZone: 'UTC' })).toBeNull();
  });
});
