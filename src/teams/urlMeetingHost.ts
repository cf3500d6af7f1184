import { LIMITS } from '../domain';
import type { MeetingContext, MeetingHost, ThemeName } from '../ports';

// A stand-in for Teams used by the simulator: the meeting context comes from
// the page address, and theme changes come from the parent page by postMessage.
// The teams-js adapter replaces it inside Teams; callers see the same port.
// Checked by hand rather than with zod: this runs before first paint, and
// zod belongs in the lazily loaded sync chunk.

const THEMES = ['default', 'dark', 'contrast'] as const satisfies readonly ThemeName[];

const isTheme = (value: unknown): value is ThemeName => THEMES.includes(value as ThemeName);

const FIELDS = { meeting: 256, user: 128, name: LIMITS.displayName, organizer: 128 } as const;
type Field = keyof typeof FIELDS;

function problemWith(what: Field, value: string | null): string | null {
  if (value === null) return `"${what}" is missing.`;
  const trimmed = value.trim();
  if (trimmed === '') return `"${what}" is empty.`;
  if (trimmed.length > FIELDS[what]) return `"${what}" is too long (at most ${FIELDS[what]} characters).`;
  return null;
}

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
  const fields = Object.keys(FIELDS) as Field[];
  const problems = fields.map((f) => problemWith(f, params.get(f))).filter((p): p is string => p !== null);
  const theme = params.get('theme') ?? 'default';
  if (!isTheme(theme)) problems.push(`"theme" must be one of ${THEMES.join(', ')}.`);
  if (problems.length > 0 || !isTheme(theme)) {
    throw new MeetingAddressError(
      `This page needs the meeting details in its address (meeting, user, name, organizer). ${problems.join(' ')}`,
    );
  }
  const value = (f: Field) => (params.get(f) ?? '').trim();
  return {
    meetingId: value('meeting'),
    userId: value('user'),
    displayName: value('name'),
    organizerId: value('organizer'),
    theme,
    locale,
  };
}

/** The theme carried by a `{ type: 'stagecoach:theme', theme }` message, or null for anything else. */
export function parseThemeMessage(data: unknown): ThemeName | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, theme } = data as { type?: unknown; theme?: unknown };
  return type === 'stagecoach:theme' && isTheme(theme) ? theme : null;
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
