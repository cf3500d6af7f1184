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
import type { PendingChanges } from '../ports';
import type { QueuedSessionStore } from '../sync';
import { loadTeamsHosts, themeFromQuery } from '../teams';
import type { CalendarAccess, Self, StageSharing } from '../ports';
import { AppShell, PortsProvider, type AppShellProps } from '../ui';
import { inPaintingFrame } from './paintingFrame';
import { graphAccessFor } from './graphAccess';
import { createLocalPrivateNotes, seedFromOwnCopy } from './privateNotesStore';
import { appRoot, failStart } from './showFailure';
import { systemClock } from './systemClock';
import { messageOf } from '../base';

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
  /**
   * Whether it is drawn, and the host told it is ready, before Live Share has
   * connected (the side panel): from this device's last known copy of the
   * session, its changes queued until the live session takes them.
   */
  paintsFromDevice?: boolean;
}

export interface MeetingSurface {
  /** For error messages: "side panel", "stage". */
  page: string;
  /** The surface for the frame context Teams loaded the page in; null before the host has said. */
  surfaceFor(frameContext: FrameContext | null): SurfaceChoice;
}

/** Until the host says who this is; nothing shows it, the panel says "Connecting…". */
const NOBODY: Self = { userId: '', displayName: '' };

/** Live Share and Fluid, as chunks of their own: evaluating them takes over a second of main thread on a slow device. */
const loadSync = () => import(/* webpackChunkName: "liveShare" */ '../sync/liveShare');

/**
 * Downloads Live Share's chunks alongside teams-js without evaluating them:
 * the same chunk name puts this empty module in the same chunk group, so
 * webpack loads the same files for it, and runs only it. A surface that paints
 * from the device evaluates Live Share after its first paint of the session.
 */
const downloadSync = () => import(/* webpackChunkName: "liveShare" */ './liveShareDownload');

/** The store that paints from the device, with the domain's checks (and zod): a small chunk of its own. */
const loadDeviceCopyStore = () => import(/* webpackChunkName: "deviceCopy" */ './deviceCopyStore');


/**
 * Starts a surface of the meeting: paints the shell at once (theme from the
 * address Teams filled in), loads the Teams host and the sync store in
 * parallel as chunks of their own, then connects the session through Live
 * Share. A surface that paints from the device (the side panel) shows the
 * session and tells the host it is ready as soon as the host has said who
 * this is, and only then evaluates Live Share and connects.
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
  let pendingChanges: PendingChanges | undefined;
  const initial = surfaceFor(null);
  let { surface } = initial;
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
          pendingChanges={pendingChanges}
        >
          {surface}
        </PortsProvider>
      </AppShell>,
    );
  render();

  const teams = loadTeamsHosts();
  // Loaded alongside teams-js where it is needed at once.
  const fromDevice = initial.paintsFromDevice ? loadDeviceCopyStore() : null;
  fromDevice?.catch(() => undefined);
  // Live Share loads in parallel with the host. A page that may paint from the
  // device only downloads it now, and evaluates it once painted.
  let sync: ReturnType<typeof loadSync> | null = null;
  if (initial.paintsFromDevice) downloadSync().catch(() => undefined); // a failure shows when it is loaded for real
  else sync = loadSync();
  // Awaited only once the host is known; if the host fails first, this keeps a
  // failed chunk load from also surfacing as an unhandled rejection.
  sync?.catch(() => undefined);
  let host: MeetingHost | null = null;

  const start = async () => {
    host = await (await teams).createTeamsMeetingHost();
    const meetingHost = host;
    const { context } = host;
    self = { userId: context.userId, displayName: context.displayName };
    const storeSelf = { ...self, address: context.userPrincipalName };
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

    let early: QueuedSessionStore | null = null;
    const device = choice.paintsFromDevice ? await (fromDevice ?? loadDeviceCopyStore()) : null;
    if (device) {
      early = device.openFromDevice(context, storeSelf, systemClock);
      store = early;
      pendingChanges = early.pending;
      render();
      // Ready as the stepper is painted; Live Share's evaluation holds the main thread only after that
      // paint, and after the host has had the word.
      await inPaintingFrame();
      host.notifyReady();
      await new Promise((resolve) => window.setTimeout(resolve, 0));
    } else {
      render();
    }

    const connect = async (): Promise<SessionStore> => {
      sync ??= loadSync();
      const { openLiveShareSessionStore } = await sync.catch((error: unknown) => {
        sync = null; // a chunk that failed to load is loaded again on "Try again"
        throw error;
      });
      return openLiveShareSessionStore({
        // Teams' Live Share host names the Fluid service: Microsoft's in Teams,
        // a local tinylicious in the simulator (both through teams-js).
        host: meetingHost.liveShareHost(),
        sessionId: context.meetingId,
        organizerId: context.organizerId,
        self: storeSelf,
        clock: systemClock,
      });
    };

    const connected = (live: SessionStore) => {
      // The Live Share host's id for this user wins over the context's (spelled otherwise in some Teams clients):
      // the panel's role, the private notes and the own copy follow the id the session knows.
      if (live.userId && live.userId !== self.userId) self = { ...self, userId: live.userId };
      if (early) device?.keepOnDevice(live, context, systemClock);
      else store = live;
      if (choice.keepsOwnCopy) {
        // The coach's private notes: on this device, and in the coach's own copy only (the panel shows them to the coach alone).
        const notes = createLocalPrivateNotes(context.meetingId, self.userId);
        privateNotes = notes;
        ownCopySaving = graph.keepOwnCopy(live, self.userId, { privateNotes: notes });
        seedFromOwnCopy(live, self.userId, notes, graph.ownCoachNotes);
        graph.carryOver(live, self.userId);
        // Each person's own steps go to their own To Do, with their own token; and what
        // their To Do says is done since last time reaches the session through them alone.
        stepTasks = graph.keepStepTasks(live, self.userId);
        graph.reportCarriedDone(live, self.userId);
      }
      // The changes made meanwhile go to the live session in order, the panel reports what it
      // refused; after the keepers above started, so they see them as changes to keep.
      early?.handOver(live);
      render();
    };

    if (!early) {
      connected(await connect());
      meetingHost.notifyReady();
      return;
    }
    // Painted already, and the host told: a failure to connect keeps the panel
    // and its queued changes, says why and offers to try again.
    const queued = early;
    const attempt = () =>
      connect().then(connected, (error: unknown) => queued.connectionFailed(`Live Share could not connect (${messageOf(error)}).`, attempt));
    await attempt();
  };

  start().catch((error: unknown) => failStart(error, { host, root, container }));
}
