import { sameOriginPage } from './appUrl';
import { legacyContext, meetingDetails, type SimFrame, type SimMeeting, type SimPerson } from './meeting';
import type { HostRequest } from './messages';
import type { TokenGrant } from './nestedAppAuth';
import { initializeReply } from './runtime';

/** What pages.config.setConfig saves: the tab the host then shows. */
export interface SavedConfig {
  contentUrl: string;
  websiteUrl?: string;
  entityId?: string;
  suggestedDisplayName?: string;
}

/** A frame's start-up as the host sees it (Teams' own loading indicator). */
export type FrameStatus = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; reason: string };

/** What a request changes on the host's side, beside any reply. */
export type HostEffect =
  | { kind: 'status'; status: FrameStatus }
  | { kind: 'shareToStage'; url: string }
  | { kind: 'validity'; valid: boolean }
  | { kind: 'configSaved'; config: SavedConfig }
  | { kind: 'saveResult'; ok: boolean; reason?: string }
  | { kind: 'tokenGranted'; grant: TokenGrant }
  /** teams-js's calendar.openCalendarItem: Teams opens the person's own calendar item in Outlook. */
  | { kind: 'openCalendarItem'; itemId: string; person: SimPerson }
  | { kind: 'ignored'; func: string };

export interface Outcome {
  /** The reply's args; no reply for one-way requests. */
  reply?: unknown[];
  effect?: HostEffect;
}

/** The host state a request may read. */
export interface HostView {
  meeting: SimMeeting;
  /**
   * The app pages' origin: the only one whose pages it embeds and talks to.
   * The simulator's own; another when a page frames them from elsewhere, as
   * Teams does (the My coaching bench).
   */
  origin: string;
  savedConfig: SavedConfig | null;
  stageOpen: boolean;
  /** The local Fluid server the meeting's Live Share uses (tinylicious); null when none is known. */
  fluidEndpoint: string | null;
}

/** Text from a frame, shown to the tester: bounded, never markup (React escapes it). */
const shortText = (value: unknown, fallback: string): string =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 300) : fallback;

const sdkError = (errorCode: number, message: string) => ({ errorCode, message });

/** Graph's event ids are base64-ish and under 200 characters; anything else is not one. */
const MAX_ITEM_ID_LENGTH = 512;

/** calendar.openCalendarItem's `{ itemId }`, checked: the frame is untrusted. */
function itemIdOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const { itemId } = value as Record<string, unknown>;
  return typeof itemId === 'string' && itemId.trim() !== '' && itemId.length <= MAX_ITEM_ID_LENGTH ? itemId : null;
}

function parseConfig(value: unknown, origin: string): SavedConfig | string {
  if (typeof value !== 'object' || value === null) return 'The configuration is not an object.';
  const { contentUrl, websiteUrl, entityId, suggestedDisplayName } = value as Record<string, unknown>;
  if (!sameOriginPage(contentUrl, origin)) return 'contentUrl must be an .html page of the app’s own origin.';
  const optional = (v: unknown) => (typeof v === 'string' ? v.slice(0, 2048) : undefined);
  return {
    contentUrl: contentUrl as string,
    websiteUrl: optional(websiteUrl),
    entityId: optional(entityId),
    suggestedDisplayName: optional(suggestedDisplayName),
  };
}

/**
 * How the simulated Teams answers one request from one frame. Pure: the
 * caller posts the reply and applies the effect.
 */
export function answer(request: HostRequest, frame: SimFrame, view: HostView): Outcome {
  const { args } = request;
  switch (request.func) {
    case 'initialize':
      return { reply: initializeReply(frame) };
    case 'getContext':
      return { reply: [legacyContext(view.meeting, frame)] };
    case 'meeting.getMeetingDetails':
      return { reply: [null, meetingDetails(view.meeting)] };
    case 'meeting.getAppContentStageSharingCapabilities':
      return { reply: [null, { doesAppHaveSharePermission: frame.frameContext === 'sidePanel' }] };
    case 'meeting.getAppContentStageSharingState':
      return { reply: [null, { isAppSharing: view.stageOpen }] };
    case 'meeting.shareAppContentToStage': {
      const url = sameOriginPage(args[0], view.origin);
      if (!url) return { reply: [sdkError(4000, 'The URL must be a page of the app’s own origin.'), null] };
      return { reply: [null, true], effect: { kind: 'shareToStage', url: url.toString() } };
    }
    case 'calendar.openCalendarItem': {
      // teams-js lets only content frames ask; the reply is (status, reason).
      if (frame.frameContext !== 'content') return { reply: [false, 'Calendar items open from a tab only.'] };
      const itemId = itemIdOf(args[0]);
      if (!itemId) return { reply: [false, 'Must supply an itemId to openCalendarItem'] };
      return { reply: [true], effect: { kind: 'openCalendarItem', itemId, person: frame.person } };
    }
    case 'settings.setValidityState':
      return { effect: { kind: 'validity', valid: args[0] === true } };
    case 'settings.setSettings': {
      if (frame.frameContext !== 'settings') return { reply: [false, 'Only the configuration page can save settings.'] };
      const config = parseConfig(args[0], view.origin);
      if (typeof config === 'string') return { reply: [false, config] };
      return { reply: [true], effect: { kind: 'configSaved', config } };
    }
    case 'settings.getSettings':
      return { reply: [view.savedConfig ?? {}] };
    case 'settings.save.success':
      return { effect: { kind: 'saveResult', ok: true } };
    case 'settings.save.failure':
      return { effect: { kind: 'saveResult', ok: false, reason: shortText(args[0], 'The app gave no reason.') } };
    case 'appInitialization.success':
      return { effect: { kind: 'status', status: { state: 'ready' } } };
    case 'appInitialization.failure':
    case 'appInitialization.expectedFailure':
      // args: [reason, message]; the message is the part meant for people.
      return {
        effect: { kind: 'status', status: { state: 'failed', reason: shortText(args[1], shortText(args[0], 'unknown')) } },
      };
    default:
      // registerHandler, appLoaded and the like are one-way: nothing to answer.
      return { effect: { kind: 'ignored', func: request.func } };
  }
}
