import { app, liveShare, LiveShareHost, meeting } from '@microsoft/teams-js';
import type { MeetingHost } from '../ports';
import { stageUrl } from './appUrls';
import { fromCallback } from './callbacks';
import { toMeetingContext } from './contextMapping';
import { initializeTeams } from './startup';
import { themeEvents } from './themeEvents';
import { messageOf } from '../base';

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
    // The organizer is the Live Share host's word alone (src/sync/hostOrganizer.ts): meeting.getMeetingDetails,
    // internal in teams-js, needs an RSC permission Stagecoach does not ask for.
    const context = toMeetingContext(await app.getContext());
    const onThemeChange = themeEvents();
    // The stage page sits beside this one (a deployment may be under a path).
    const pageAddress = win.location.href;
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
        fromCallback<boolean>('Sharing to the meeting stage', (cb) => meeting.shareAppContentToStage(cb, stageUrl(pageAddress))).then(
          () => undefined,
        ),
      // The same in Teams and in the simulator, whose host answers interactive.* like Teams.
      liveShareHost: () => LiveShareHost.create(),
      offersLiveShare: () => liveShare.isSupported(),
    };
  } catch (error) {
    notifyStartupFailure(messageOf(error));
    throw error;
  }
}
