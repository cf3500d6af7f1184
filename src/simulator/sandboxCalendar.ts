// Each simulated person's calendar, read from the local Graph sandbox the way
// any client reads Microsoft Graph: GET /me/events with that person's
// development token. No back door: what shows here is what Graph would list.
import { z } from 'zod';
import { toEpoch } from '../graph/wallClock';
import { GRAPH_SANDBOX_CONFIG, localDevToken } from '../ports';

/** What a calendar entry shows; Graph sends these and `id`. */
export const CALENDAR_SELECT = 'subject,start,end,isOrganizer,responseStatus,iCalUId';

export type CalendarResponse = 'Organizer' | 'Accepted' | 'Tentative' | 'Declined' | 'Not responded';

export interface CalendarEntry {
  id: string;
  subject: string;
  /** The start as an instant, or null when Graph's value does not parse. */
  start: number | null;
  response: CalendarResponse;
}

/** Reads `userId`'s calendar; rejects with a sentence saying what went wrong. */
export type LoadCalendar = (userId: string) => Promise<CalendarEntry[]>;

const configSchema = z.object({ baseUrl: z.url({ protocol: /^https?$/ }).max(2048) });

// Everything is untrusted: a field Graph may leave out or null is optional here.
const text = z.string().max(2048);
const eventListSchema = z.object({
  value: z
    .array(
      z.object({
        id: z.string().min(1).max(1024),
        subject: text.nullish(),
        start: z.object({ dateTime: z.string().max(64), timeZone: z.string().max(128) }).nullish(),
        isOrganizer: z.boolean().nullish(),
        responseStatus: z.object({ response: z.string().max(64).nullish() }).nullish(),
        iCalUId: text.nullish(),
      }),
    )
    .max(1000),
});

const RESPONSES: Record<string, CalendarResponse> = {
  organizer: 'Organizer',
  accepted: 'Accepted',
  tentativelyAccepted: 'Tentative',
  declined: 'Declined',
};

/** Graph's event list as entries, earliest first (entries without a start last). */
export function entriesFrom(body: unknown): CalendarEntry[] {
  const parsed = eventListSchema.safeParse(body);
  if (!parsed.success) throw new Error('the Graph sandbox answered with something that is not a list of events.');
  return parsed.data.value
    .map((e) => ({
      id: e.id,
      subject: e.subject || '(no subject)',
      start: e.start ? toEpoch(e.start) : null,
      response: e.isOrganizer ? 'Organizer' : (RESPONSES[e.responseStatus?.response ?? ''] ?? 'Not responded'),
    }))
    .sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
}

export interface SandboxCalendarOptions {
  /** Where the server names the sandbox; GRAPH_SANDBOX_CONFIG by default. */
  configUrl?: string;
  fetch?: typeof fetch;
}

/**
 * A LoadCalendar against the sandbox the server names in GRAPH_SANDBOX_CONFIG.
 * The base URL is asked for once, and again after any failure (the server may
 * have restarted the sandbox on another port).
 */
export function sandboxCalendar({ configUrl = GRAPH_SANDBOX_CONFIG, fetch: get = (...a) => fetch(...a) }: SandboxCalendarOptions = {}): LoadCalendar {
  let baseUrl: Promise<string> | null = null;

  async function findBaseUrl(): Promise<string> {
    const response = await get(configUrl, { cache: 'no-store' }).catch(() => null);
    if (response?.status === 503) throw new Error('the Graph sandbox did not start; the server’s log says why.');
    const config = configSchema.safeParse(response?.ok ? await response.json().catch(() => null) : null);
    if (!config.success) throw new Error(`no Graph sandbox is named at ${configUrl}.`);
    return config.data.baseUrl.replace(/\/+$/, '');
  }

  return async (userId) => {
    const base = (baseUrl ??= findBaseUrl());
    try {
      const response = await get(`${await base}/me/events?$select=${CALENDAR_SELECT}`, {
        headers: { Authorization: `Bearer ${localDevToken(userId)}` },
        cache: 'no-store',
      }).catch(() => {
        throw new Error('the Graph sandbox does not answer.');
      });
      if (!response.ok) throw new Error(`the Graph sandbox answered ${response.status}.`);
      return entriesFrom(await response.json().catch(() => null));
    } catch (error) {
      if (baseUrl === base) baseUrl = null;
      throw error;
    }
  };
}
