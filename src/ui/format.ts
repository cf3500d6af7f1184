import { own, type EpochMs, type FollowUpKind, type LocalDate, type Participant, type Role, type UserId } from '../domain';

const MINUTE_MS = 60_000;

/** "<1 min", "4 min", "1 h 5 min": minutes are as precise as a coaching conversation needs. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE_MS);
  if (minutes < 1) return '<1 min';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  coach: 'Coach',
  coachee: 'Coachee',
  observer: 'Observer',
};

export const FOLLOW_UP_KIND_LABELS: Readonly<Record<FollowUpKind, string>> = {
  statusUpdate: 'Status update',
  decisionMeeting: 'Decision meeting',
};

/** A participant's name, or a neutral stand-in for someone who has left the roster. */
export function nameOf(participants: Record<UserId, Participant>, userId: UserId): string {
  return own(participants, userId)?.displayName ?? 'Someone';
}

/** The first participant holding `role`, if anyone does. */
export function participantWithRole(participants: Record<UserId, Participant>, role: Role): Participant | undefined {
  return Object.values(participants).find((p) => p.role === role);
}

/** A `YYYY-MM-DD` date in words, read as a calendar date (no time-zone shift). */
export function formatLocalDate(date: LocalDate): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed);
}

export function formatDateTime(at: EpochMs): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of an `<input type="datetime-local">`, in local time. */
export function toDateTimeLocalValue(at: EpochMs | null): string {
  if (at === null) return '';
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of an `<input type="datetime-local">` as an instant; null when empty or invalid. */
export function fromDateTimeLocalValue(value: string): EpochMs | null {
  if (!value) return null;
  // Without an offset, ES parses date-time forms as local time, which is what the input shows.
  const at = new Date(value).getTime();
  return Number.isNaN(at) ? null : at;
}

/** Records in the order they were written, so lists don't jump about as others edit. */
export function byTime<T extends { at: EpochMs; id: string }>(items: Record<string, T>): T[] {
  return Object.values(items).sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}
