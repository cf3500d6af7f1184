import { SIMULATOR_NOTES_TAB, SIMULATOR_TAB_PARAMETER } from '../teams';
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

/** Whose Live Share `?holdLiveShare=` may hold: a person's side panel, or the meeting's notes tab. */
export type HeldPane = SimPerson['part'] | 'notes';

/**
 * The panes (`coach`, `coachee`, `observer` for their side panels, `notes`
 * for the notes tab) named by `?holdLiveShare=`, comma-separated: they start
 * with Live Share held (the simulated Teams does not answer its requests until released).
 */
export function heldLiveShareFrom(search: string): ReadonlySet<HeldPane> {
  const parts = (new URLSearchParams(search).get('holdLiveShare') ?? '').split(',').map((p) => p.trim());
  return new Set(parts.filter((p): p is HeldPane => p === 'coach' || p === 'coachee' || p === 'observer' || p === 'notes'));
}

/** `?phone=notes`: the notes tab is opened in Teams on a phone, which offers no Live Share there. */
export const notesOnPhoneFrom = (search: string): boolean => new URLSearchParams(search).get('phone') === 'notes';

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

/** Whose client a notes link opens the notes tab in: `&as=<user id>`, added where the simulator shows the link. */
export const VIEWER_PARAMETER = 'as';

/**
 * The notes tab a notes link asks for (`?meeting=<id>&tab=notes`, the app's
 * link in the simulator): the person whose client shows it (`&as=<user id>`,
 * else the first of `people`), or null when the address asks for no notes.
 * Anything else is ignored: an unknown tab, an unknown person.
 */
export function notesRequestedFrom(search: string, people: readonly SimPerson[]): SimPerson | null {
  const params = new URLSearchParams(search);
  if (params.get(SIMULATOR_TAB_PARAMETER) !== SIMULATOR_NOTES_TAB || !meetingIdFrom(search)) return null;
  const as = params.get(VIEWER_PARAMETER);
  return people.find((p) => p.userId === as) ?? people[0] ?? null;
}

/** Drops a notes link's one-time parameters from the address once followed: a reload or a new meeting opens no tab. */
export function forgetNotesRequest(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(SIMULATOR_TAB_PARAMETER) && !url.searchParams.has(VIEWER_PARAMETER)) return;
  url.searchParams.delete(SIMULATOR_TAB_PARAMETER);
  url.searchParams.delete(VIEWER_PARAMETER);
  window.history.replaceState(null, '', url);
}

/** Whether `href` is a notes link to this simulator page (same page, `tab=notes`). */
export function isSimulatorNotesLink(href: string, simulatorAddress: string): boolean {
  let url: URL;
  let here: URL;
  try {
    url = new URL(href);
    here = new URL(simulatorAddress);
  } catch {
    return false;
  }
  const page = (u: URL) => u.pathname.replace(/\/index\.html$/, '/');
  return url.origin === here.origin && page(url) === page(here) && url.searchParams.get(SIMULATOR_TAB_PARAMETER) === SIMULATOR_NOTES_TAB;
}

/**
 * A link as `person` follows it from their own calendar or To Do: a notes link
 * to this simulator opens the notes tab in their client (`&as=`), as the deep
 * link opens Teams' tab in the client of whoever follows it. Other links are left as they are.
 */
export function linkFollowedBy(href: string, person: SimPerson, simulatorAddress: string): string {
  if (!isSimulatorNotesLink(href, simulatorAddress)) return href;
  const url = new URL(href);
  url.searchParams.set(VIEWER_PARAMETER, person.userId);
  return url.toString();
}
