import type { SimPerson } from './host';

// The made-up attendees. The coach organizes the meeting, so the session makes them coach.
export const COACH: SimPerson = { userId: 'sim-alex', displayName: 'Alex', part: 'coach', email: 'alex@contoso.example' };
export const COACHEE: SimPerson = { userId: 'sim-sam', displayName: 'Sam', part: 'coachee', email: 'sam@contoso.example' };
export const OBSERVER: SimPerson = {
  userId: 'sim-jordan',
  displayName: 'Jordan',
  part: 'observer',
  email: 'jordan@contoso.example',
};

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
 * The parts (`coach`, `coachee`, `observer`) named by `?holdLiveShare=`,
 * comma-separated: their side panels start with Live Share held (the
 * simulated Teams does not answer its requests until released).
 */
export function heldLiveShareFrom(search: string): ReadonlySet<SimPerson['part']> {
  const parts = (new URLSearchParams(search).get('holdLiveShare') ?? '').split(',').map((p) => p.trim());
  return new Set(parts.filter((p): p is SimPerson['part'] => p === 'coach' || p === 'coachee' || p === 'observer'));
}

/** `?setup` starts the meeting without Stagecoach, to walk through adding it. */
export const setupRequested = (search: string): boolean => new URLSearchParams(search).has('setup');

/**
 * Keeps the meeting in the simulator's own address, so a reload rejoins the
 * same session (its Fluid container, which the simulated host remembers).
 */
export function rememberMeetingId(meetingId: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set('meeting', meetingId);
  window.history.replaceState(null, '', url);
}
