import { createRoot } from 'react-dom/client';
import type {
  FrameContext,
  MeetingHost,
  OwnCopyReading,
  OwnCopySaving,
  PrivateNotesStore,
  SessionHistoryReading,
  SessionStore,
  StepTasksKeeping,
  ThemeName,
} from '../ports';
import { loadTeamsHosts, themeFromQuery } from '../teams';
import { AppShell, PortsProvider, type AppShellProps, type CalendarAccess, type Self, type StageSharing } from '../ui';
import { graphAccessFor } from './graphAccess';
import { createLocalPrivateNotes, seedFromOwnCopy } from './privateNotesStore';
import { appRoot, failStart } from './showFailure';
import { systemClock } from './systemClock';

export interface SurfaceChoice {
  /** The surface to mount, e.g. <SidePanel />. */
  surface: AppShellProps['children'];
  /** Whether it offers "Show on stage". */
  sharesToStage: boolean;
  /** Whether it schedules the follow-up (the side panel; the stage only shows). */
  usesCalendar?: boolean;
  /** Whether it saves this user's own copy of the session to their storage (the side panel). */
  keepsOwnCopy?: boolean;
  /** Whether it reads this user's own copy when the live session is empty (the notes tab). */
  readsOwnCopy?: boolean;
  /** Whether it reads this user's own stored sessions (the notes tab: earlier sessions, before the meeting, growth). */
  readsHistory?: boolean;
}

export interface MeetingSurface {
  /** For error messages: "side panel", "stage". */
  page: string;
  /** The surface for the frame context Teams loaded the page in; null before the host has said. */
  surfaceFor(frameContext: FrameContext | null): SurfaceChoice;
}

/** Until the host says who this is; nothing shows it, the panel says "Connecting…". */
const NOBODY: Self = { userId: '', displayName: '' };

/**
 * Starts a surface of the meeting: paints the shell at once (theme from the
 * address Teams filled in), loads the Teams host and the sync store in
 * parallel as chunks of their own, then connects the session through Live Share.
 */
export function startMeetingSurface({ page, surfaceFor }: MeetingSurface): void {
  const container = appRoot(page);
  const root = createRoot(container);
  let theme: ThemeName = themeFromQuery(window.location.search);
  let self = NOBODY;
  let store: SessionStore | null = null;
  let stage: StageSharing | undefined;
  let calendar: CalendarAccess | undefined;
  let ownCopySaving: OwnCopySaving | undefined;
  let ownCopy: OwnCopyReading | undefined;
  let history: SessionHistoryReading | undefined;
  let privateNotes: PrivateNotesStore | undefined;
  let stepTasks: StepTasksKeeping | undefined;
  let { surface } = surfaceFor(null);
  const render = () =>
    root.render(
      <AppShell theme={theme}>
        <PortsProvider
          store={store}
          self={self}
          clock={systemClock}
          stage={stage}
          calendar={calendar}
          ownCopySaving={ownCopySaving}
          ownCopy={ownCopy}
          history={history}
          privateNotes={privateNotes}
          stepTasks={stepTasks}
        >
          {surface}
        </PortsProvider>
      </AppShell>,
    );
  render();

  const teams = loadTeamsHosts();
  const sync = import(/* webpackChunkName: "liveShare" */ '../sync/liveShare');
  // Awaited only once the host is known; if the host fails first, this keeps a
  // failed chunk load from also surfacing as an unhandled rejection.
  sync.catch(() => undefined);
  let host: MeetingHost | null = null;

  const start = async () => {
    host = await (await teams).createTeamsMeetingHost();
    const { context } = host;
    self = { userId: context.userId, displayName: context.displayName };
    theme = context.theme;
    const choice = surfaceFor(context.frameContext);
    surface = choice.surface;
    if (choice.sharesToStage) stage = { canShare: host.canShareToStage, share: host.shareToStage };
    const graph = graphAccessFor(context);
    if (choice.usesCalendar) calendar = graph.calendar;
    if (choice.readsOwnCopy) ownCopy = graph.ownCopy;
    if (choice.readsHistory) history = graph.history;
    host.onThemeChange((next) => {
      theme = next;
      render();
    });
    render();
    const { openLiveShareSessionStore } = await sync;
    store = await openLiveShareSessionStore({
      // Teams' Live Share host names the Fluid service: Microsoft's in Teams,
      // a local tinylicious in the simulator (both through teams-js).
      host: host.liveShareHost(),
      sessionId: context.meetingId,
      organizerId: context.organizerId,
      self: { ...self, address: context.userPrincipalName },
      clock: systemClock,
    });
    if (choice.keepsOwnCopy) {
      // The coach's private notes: on this device, and in the coach's own copy only (the panel shows them to the coach alone).
      const notes = createLocalPrivateNotes(context.meetingId, self.userId);
      privateNotes = notes;
      ownCopySaving = graph.keepOwnCopy(store, self.userId, { privateNotes: notes });
      seedFromOwnCopy(store, self.userId, notes, graph.ownCoachNotes);
      graph.carryOver(store, self.userId);
      // Each person's own steps go to their own To Do, with their own token; and what
      // their To Do says is done since last time reaches the session through them alone.
      stepTasks = graph.keepStepTasks(store, self.userId);
      graph.reportCarriedDone(store, self.userId);
    }
    render();
    host.notifyReady();
  };

  start().catch((error: unknown) => failStart(error, { host, root, container }));
}
