import { app, LiveShareHost, meeting } from '@microsoft/teams-js';
import type { MeetingHost } from '../ports';
import { stageUrl } from './appUrls';
import { fromCallback } from './callbacks';
import { toMeetingContext } from './contextMapping';
import { initializeTeams } from './startup';
import { themeEvents } from './themeEvents';
import { messageOf } from '../base';

/**
 * The organizer, from the meeting details: a hint for the side panel's first
 * paint only (the organizer's panel shows them coaching before Live Share
 * connects). The live session takes the organizer from the Live Share host's
 * roles alone (src/sync/hostOrganizer.ts). The details need an RSC permission
 * and are missing in some clients and call types (teams-js marks the call
 * internal): then null, and the panel waits for the live session to say.
 */
async function organizerOf(): Promise<string | null> {
  try {
    const details = await fromCallback<meeting.IMeetingDetailsResponse>('Reading the meeting details', (cb) =>
      meeting.getMeetingDetails(cb),
    );
    return typeof details.organizer?.id === 'string' ? details.organizer.id : null;
  } catch {
    return null;
  }
}

/** Tells Teams the app failed, so it shows its own error instead of a spinner. */
export function notifyStartupFailure(message: string): void {
  if (app.isInitialized()) app.notifyFailure({ reason: app.FailedReason.Other, message });
}

/**
 * The MeetingHost inside Teams (or any host that speaks teams-js's protocol).
 * @throws MeetingHostUnavailable with a message for people when there is no host or no meeting.
 */
export async function createTeamsMeetingHost(win: Window = window): Promise<MeetingHost> {
  await initializeTeams(win);
  try {
    const [teamsContext, organizerId] = await Promise.all([app.getContext(), organizerOf()]);
    const context = toMeetingContext(teamsContext, organizerId);
    const onThemeChange = themeEvents();
    const origin = win.location.origin;
    return {
      context,
      onThemeChange,
      notifyReady: () => void app.notifySuccess().catch(() => undefined),
      notifyFailure: notifyStartupFailure,
      canShareToStage: () =>
        fromCallback<meeting.IAppContentStageSharingCapabilities>('Checking stage sharing', (cb) =>
          meeting.getAppContentStageSharingCapabilities(cb),
        ).then(
          (capabilities) => capabilities.doesAppHaveSharePermission === true,
          () => false,
        ),
      shareToStage: () =>
        fromCallback<boolean>('Sharing to the meeting stage', (cb) => meeting.shareAppContentToStage(cb, stageUrl(origin))).then(
          () => undefined,
        ),
      // The same in Teams and in the simulator, whose host answers interactive.* like Teams.
      liveShareHost: () => LiveShareHost.create(),
    };
  } catch (error) {
    notifyStartupFailure(messageOf(error));
    throw error;
  }
}
