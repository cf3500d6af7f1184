import type { app } from '@microsoft/teams-js';
import { mailShaped } from '../base';
import { LIMITS, normalizeUserId } from '../domain';
import { isThemeName, MeetingHostUnavailable, type FrameContext, type MeetingContext } from '../ports';

// teams-js's app.Context to our MeetingContext. Pure, so it is tested in Node
// without a host; the values come from the host, so each is checked here.

const FRAME_CONTEXTS: readonly FrameContext[] = ['sidePanel', 'meetingStage', 'settings', 'content'];

/** Ids are opaque to us; the cap only keeps a broken host from filling memory. */
export const MAX_ID_LENGTH = 256;

/** A host's text, trimmed, or null when it is missing, empty or longer than `max`. */
export const text = (value: unknown, max: number): string | null => {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed !== '' && trimmed.length <= max ? trimmed : null;
};

export const toFrameContext = (value: unknown): FrameContext =>
  FRAME_CONTEXTS.includes(value as FrameContext) ? (value as FrameContext) : 'other';

/**
 * Our meeting context from Teams' one.
 * @throws MeetingHostUnavailable when the page is not in a meeting (no meeting id) or has no user.
 */
export function toMeetingContext(context: app.Context): MeetingContext {
  const meetingId = text(context.meeting?.id, MAX_ID_LENGTH);
  if (!meetingId) {
    throw new MeetingHostUnavailable(
      { host: 'meeting', problem: 'notInMeeting' },
      'Stagecoach works inside a Teams meeting. Open it from the meeting’s side panel.',
    );
  }
  // Some Teams clients give the user id in a compound form; the Live Share host's id wins later (src/sync).
  const rawUserId = text(context.user?.id, MAX_ID_LENGTH);
  const userId = rawUserId && normalizeUserId(rawUserId);
  if (!userId) {
    throw new MeetingHostUnavailable(
      { host: 'meeting', problem: 'unknownUser' },
      'Teams did not say who you are. Sign in to Teams and open Stagecoach again.',
    );
  }
  const theme = context.app.theme;
  return {
    meetingId,
    chatId: text(context.chat?.id, MAX_ID_LENGTH),
    userId,
    // Guests may have no display name; the panel still needs something to call them.
    displayName: text(context.user?.displayName, LIMITS.displayName) ?? 'Guest',
    // Teams' login hint first: a guest's UPN (name_home.com#EXT#@tenant) is neither their sign-in name nor an address.
    loginHint: mailShaped(context.user?.loginHint) ?? mailShaped(context.user?.userPrincipalName),
    tenantId: text(context.user?.tenant?.id, MAX_ID_LENGTH),
    theme: isThemeName(theme) ? theme : 'default',
    locale: text(context.app.locale, 35) ?? 'en-US',
    frameContext: toFrameContext(context.page.frameContext),
  };
}
