// A weekly 1:1 for a new simulated meeting, as the coach would make it in
// Outlook: plain Graph, POST /me/events with a weekly `recurrence`, on the
// coach's calendar with the coachee invited, as a Teams meeting. The meeting
// being simulated is its first occurrence (it starts at the half hour now
// is in), so the next one is a week later.
import { z } from 'zod';
import type { SimPerson } from './host';
import type { SandboxRequest } from './sandboxGraph';

/** The series' subject, as the simulated meeting's details name the meeting. */
export const WEEKLY_SUBJECT = 'Coaching 1:1';
const LENGTH_MS = 30 * 60_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

export interface WeeklySeriesSpec {
  organizer: SimPerson;
  attendee: SimPerson;
  /** The simulated meeting the series is made for: a retry for the same one makes no second series. */
  meetingId: string;
  now: number;
}

/** A UTC wall-clock time as Graph's dateTimeTimeZone takes it. */
const utc = (ms: number) => ({ dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: 'UTC' });

/** The first occurrence's start: the half hour `now` is in. */
export const firstStart = (now: number) => Math.floor(now / LENGTH_MS) * LENGTH_MS;

/** The create body: weekly on the first occurrence's weekday (in UTC, the zone its times are given in), no end. */
export function weeklySeriesBody({ attendee, meetingId, now }: WeeklySeriesSpec): Record<string, unknown> {
  const start = firstStart(now);
  return {
    subject: WEEKLY_SUBJECT,
    start: utc(start),
    end: utc(start + LENGTH_MS),
    attendees: [{ type: 'required', emailAddress: { address: attendee.email, name: attendee.displayName } }],
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    recurrence: {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: [WEEKDAYS[new Date(start).getUTCDay()]], firstDayOfWeek: 'monday' },
      range: { type: 'noEnd', startDate: new Date(start).toISOString().slice(0, 10) },
    },
    // Graph's idempotency key: the same create again answers the series already made.
    transactionId: `stagecoach-simulator-series-${meetingId}`,
  };
}

const createdSchema = z.object({ id: z.string().min(1).max(1024), type: z.string().max(32).nullish() });

/** Books the series on the organizer's calendar; resolves to the master's id and first start, rejects with a sentence. */
export async function bookWeeklySeries(request: SandboxRequest, spec: WeeklySeriesSpec): Promise<{ id: string; start: number }> {
  const created = createdSchema.safeParse(await request(spec.organizer.userId, 'POST', '/me/events', weeklySeriesBody(spec)));
  if (!created.success || created.data.type !== 'seriesMaster') throw new Error('the Graph sandbox did not answer with a series.');
  return { id: created.data.id, start: firstStart(spec.now) };
}
