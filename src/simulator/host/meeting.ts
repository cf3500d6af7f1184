import { LOCAL_DEV_TENANT_ID, type ThemeName } from '../../ports';

/** Teams' frame contexts for the places the simulator shows an app page. */
export type SimFrameContext = 'sidePanel' | 'meetingStage' | 'settings' | 'content';

/** A made-up attendee. Ids stand in for Entra object ids. */
export interface SimPerson {
  userId: string;
  displayName: string;
  /** Who the tester means them to be; the session decides the real roles. */
  part: 'coach' | 'coachee' | 'observer';
  email: string;
}

/** The meeting every frame's context describes. */
export interface SimMeeting {
  meetingId: string;
  /** Organizes the meeting, so the session makes them coach. */
  organizer: SimPerson;
  theme: ThemeName;
  /**
   * The attendees' Teams locale (`app.locale`, and `{locale}` in the app's
   * URLs), from the simulator's address (`?locale=de-DE`).
   * @default 'en-us'
   */
  locale?: string;
  /**
   * How this Teams spells user ids: `plain` as most clients do; `compound` as
   * some Teams desktop clients do, the context's id followed by two more GUIDs
   * (`id.guid.tenant`) and the Live Share host's in another case (`?ids=compound`).
   * @default 'plain'
   */
  idSpelling?: IdSpelling;
}

export type IdSpelling = 'plain' | 'compound';

/** A user's id in the context and the meeting details, as this Teams spells it. */
export const contextIdOf = (meeting: SimMeeting, userId: string): string =>
  meeting.idSpelling === 'compound' ? `${userId}.3f2a9c4e-8d1b-4e7a-9c6d-5b0e1f2a3c4d.${SIM_TENANT_ID}` : userId;

/** A user's id as the Live Share host answers getClientInfo, as this Teams spells it. */
export const hostIdOf = (meeting: SimMeeting, userId: string): string =>
  meeting.idSpelling === 'compound' ? userId.toUpperCase() : userId;

/** The spelling the page's address asks for. */
/** The locale the simulator's address asks for (`?locale=ar-SA`), as a BCP 47 tag; Teams' own default otherwise. */
export function localeFrom(search: string): string {
  const asked = new URLSearchParams(search).get('locale');
  if (!asked || asked.length > 35) return 'en-us';
  try {
    return Intl.getCanonicalLocales(asked)[0] ?? 'en-us';
  } catch {
    return 'en-us';
  }
}

export const idSpellingFrom = (search: string): IdSpelling =>
  new URLSearchParams(search).get('ids') === 'compound' ? 'compound' : 'plain';

/** One app frame as the host knows it; found by the window that posts, never by what it says. */
export interface SimFrame {
  person: SimPerson;
  frameContext: SimFrameContext;
  /**
   * Where the frame sits: in the meeting (its tab, side panel, stage) or in
   * the person's own app, the personal tab, which knows no meeting or chat.
   * @default 'meeting'
   */
  place?: 'meeting' | 'personal';
  /**
   * Whose Teams shows it: the desktop or web client, or a phone's. Teams on
   * phones offers Live Share only in the meeting's own surfaces, not in frame
   * context `content` (the meeting's chat and details tabs).
   * @default 'desktop'
   */
  client?: 'desktop' | 'phone';
}

/** Whether the frame's Teams offers Live Share there. */
export const offersLiveShare = (frame: SimFrame): boolean => !(frame.client === 'phone' && frame.frameContext === 'content');

/** The manifest's personal tab (staticTabs entityId): teams-js names it as page.id. */
export const PERSONAL_ENTITY_ID = 'mycoaching';

/** A fixed made-up tenant: every attendee is in the same organization. */
export const SIM_TENANT_ID = LOCAL_DEV_TENANT_ID;

export const chatIdOf = (meetingId: string) => `19:meeting_${meetingId}@thread.v2`;

/**
 * The v1 ("legacy") context a getContext reply carries; teams-js turns it
 * into app.Context (meetingId → meeting.id, userObjectId → user.id, …).
 */
export function legacyContext(meeting: SimMeeting, frame: SimFrame) {
  if (frame.place === 'personal') return personalContext(meeting, frame);
  return {
    locale: meeting.locale ?? 'en-us',
    theme: meeting.theme,
    frameContext: frame.frameContext,
    hostClientType: 'web',
    hostName: 'Teams',
    entityId: 'stagecoach',
    meetingId: meeting.meetingId,
    chatId: chatIdOf(meeting.meetingId),
    userObjectId: contextIdOf(meeting, frame.person.userId),
    userDisplayName: frame.person.displayName,
    userPrincipalName: frame.person.email,
    loginHint: frame.person.email,
    tid: SIM_TENANT_ID,
  };
}

/**
 * A personal tab's context, as Teams gives it: frame context `content`, the
 * tab's entity id, the user and their tenant, and no meeting or chat at all.
 */
function personalContext(meeting: SimMeeting, frame: SimFrame) {
  return {
    locale: meeting.locale ?? 'en-us',
    theme: meeting.theme,
    frameContext: 'content',
    hostClientType: 'web',
    hostName: 'Teams',
    entityId: PERSONAL_ENTITY_ID,
    userObjectId: frame.person.userId,
    userDisplayName: frame.person.displayName,
    userPrincipalName: frame.person.email,
    loginHint: frame.person.email,
    tid: SIM_TENANT_ID,
  };
}

/** meeting.getMeetingDetails' result: the organizer sits at the top level, not under details. */
export function meetingDetails(meeting: SimMeeting) {
  return {
    details: { id: meeting.meetingId, title: 'Coaching 1:1', type: 'Scheduled' },
    conversation: { id: chatIdOf(meeting.meetingId) },
    organizer: { id: contextIdOf(meeting, meeting.organizer.userId), tenantId: SIM_TENANT_ID },
  };
}
