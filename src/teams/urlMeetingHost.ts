import { z } from 'zod';
import { LIMITS } from '../domain';
import type { MeetingContext, MeetingHost, ThemeName } from '../ports';

// A stand-in for Teams used by the simulator: the meeting context comes from
// the page address, and theme changes come from the parent page by postMessage.
// The teams-js adapter replaces it inside Teams; callers see the same port.

const THEMES = ['default', 'dark', 'contrast'] as const satisfies readonly ThemeName[];

const required = (what: string, max: number) =>
  z
    .string({ message: `"${what}" is missing.` })
    .trim()
    .min(1, `"${what}" is empty.`)
    .max(max, `"${what}" is too long (at most ${max} characters).`);

const querySchema = z.object({
  meeting: required('meeting', 256),
  user: required('user', 128),
  name: required('name', LIMITS.displayName),
  organizer: required('organizer', 128),
  theme: z.enum(THEMES, { message: `"theme" must be one of ${THEMES.join(', ')}.` }).default('default'),
});

/** Raised when the page address lacks the meeting context; its message is for people. */
export class MeetingAddressError extends Error {
  override name = 'MeetingAddressError';
}

/**
 * Reads `?meeting=…&user=…&name=…&organizer=…[&theme=…]`.
 * @throws MeetingAddressError naming every missing or bad parameter.
 */
export function parseMeetingQuery(search: string, locale = 'en-US'): MeetingContext {
  const params = new URLSearchParams(search);
  const raw = Object.fromEntries(Object.keys(querySchema.shape).flatMap((k) => (params.has(k) ? [[k, params.get(k)]] : [])));
  const parsed = querySchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message).join(' ');
    throw new MeetingAddressError(
      `This page needs the meeting details in its address (meeting, user, name, organizer). ${problems}`,
    );
  }
  const { meeting, user, name, organizer, theme } = parsed.data;
  return { meetingId: meeting, userId: user, displayName: name, organizerId: organizer, theme, locale };
}

const themeMessageSchema = z.object({ type: z.literal('stagecoach:theme'), theme: z.enum(THEMES) });

/** The theme carried by a `{ type: 'stagecoach:theme', theme }` message, or null for anything else. */
export function parseThemeMessage(data: unknown): ThemeName | null {
  const parsed = themeMessageSchema.safeParse(data);
  return parsed.success ? parsed.data.theme : null;
}

/** The simulator's MeetingHost, read from `win`'s address. */
export function createUrlMeetingHost(win: Window = window): MeetingHost {
  const context = parseMeetingQuery(win.location.search, win.navigator.language);
  return {
    context,
    onThemeChange(listener) {
      const onMessage = (event: MessageEvent) => {
        // Only the simulator page (same origin) may restyle the panel.
        if (event.origin !== win.location.origin) return;
        const theme = parseThemeMessage(event.data);
        if (theme) listener(theme);
      };
      win.addEventListener('message', onMessage);
      return () => win.removeEventListener('message', onMessage);
    },
    // Nobody outside Teams waits for the app to be ready.
    notifyReady() {},
  };
}
