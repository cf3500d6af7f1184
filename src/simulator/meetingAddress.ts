import type { Role } from '../domain';
import type { ThemeName } from '../ports';

/** A made-up meeting attendee; the coach organizes, so the session makes them coach. */
export interface SimulatedPerson {
  userId: string;
  displayName: string;
  role: Role;
}

export const COACH: SimulatedPerson = { userId: 'sim-alex', displayName: 'Alex', role: 'coach' };
export const COACHEE: SimulatedPerson = { userId: 'sim-sam', displayName: 'Sam', role: 'coachee' };
export const OBSERVER: SimulatedPerson = { userId: 'sim-jordan', displayName: 'Jordan', role: 'observer' };

const MEETING_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A fresh meeting id; a new id means a new, empty coaching session. */
export function newMeetingId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `sim-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The meeting named by the simulator's `?meeting=`, or null if absent or malformed. */
export function meetingIdFrom(search: string): string | null {
  const id = new URLSearchParams(search).get('meeting');
  return id && MEETING_ID.test(id) ? id : null;
}

/**
 * Keeps the meeting in the simulator's own address, so a reload rejoins the
 * same session (the side panels keep it in localStorage).
 */
export function rememberMeetingId(meetingId: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set('meeting', meetingId);
  window.history.replaceState(null, '', url);
}

/** The address of one person's side panel, in the form the URL meeting host reads. */
export function sidePanelAddress(meetingId: string, person: SimulatedPerson, theme: ThemeName): string {
  const query = new URLSearchParams({
    meeting: meetingId,
    user: person.userId,
    name: person.displayName,
    organizer: COACH.userId,
    theme,
  });
  return `sidePanel.html?${query}`;
}
