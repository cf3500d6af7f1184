import { loadOnce, messageOf } from '../base';
import type { FrameContext, MeetingHost, Self, SessionStore, ThemeName } from '../ports';
import type { QueuedSessionStore } from '../sync';
import { loadTeamsHosts, themeFromQuery } from '../teams';
import { AppShell, PortsProvider, type AppShellProps, type PortsProviderProps } from '../ui';
import type { Words } from '../words';
import { mountBoot } from './boot';
import { followLanguage } from './pageWords';
import { graphAccessFor } from './graphAccess';
import { inPaintingFrame } from './paintingFrame';
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
  /**
   * What it shows while the live session waits for the meeting's organizer,
   * for a surface with neither a device copy nor an own copy to show then
   * (the stage); the surface comes back once the session is live.
   */
  whileWaiting?: AppShellProps['children'];
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

/** When a page still connecting tells Teams it is ready anyway: well before Teams gives up on it (30 s). */
const READY_AT_THE_LATEST_MS = 20_000;

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
/** What the page renders from: the ports as they arrive, the surface once the host has said which. */
interface MeetingBoot extends Omit<PortsProviderProps, 'clock' | 'children'> {
  theme: ThemeName;
  surface: AppShellProps['children'];
  words: Words | null;
}

export function startMeetingSurface({ page, surfaceFor }: MeetingSurface): void {
  const container = appRoot(page);
  const initial = surfaceFor(null);
  const boot = mountBoot<MeetingBoot>(
    container,
    { theme: themeFromQuery(window.location.search), self: NOBODY, store: null, surface: initial.surface, words: null },
    ({ theme, surface, words, ...ports }) => (
      <AppShell theme={theme} words={words}>
        <PortsProvider {...ports} clock={systemClock}>
          {surface}
        </PortsProvider>
      </AppShell>
    ),
  );

  const teams = loadTeamsHosts();
  // Loaded alongside teams-js where it is needed at once.
  const fromDevice = initial.paintsFromDevice ? loadDeviceCopyStore() : null;
  fromDevice?.catch(() => undefined);
  // Live Share loads in parallel with the host. A page that may paint from the
  // device only downloads it now, and evaluates it once painted; loadOnce loads a
  // chunk that failed again on "Try again".
  const sync = loadOnce(loadSync);
  if (initial.paintsFromDevice)
    downloadSync().catch(() => undefined); // a failure shows when it is loaded for real
  // Awaited only once the host is known; if the host fails first, this keeps a
  // failed chunk load from also surfacing as an unhandled rejection.
  else sync().catch(() => undefined);
  let host: MeetingHost | null = null;
  // The words load alongside teams-js, from the locale Teams put in the address.
  const language = followLanguage(
    (words) => boot.update({ words }),
    (error: unknown) => failStart(error, { host, root: boot.root, container }),
  );

  const start = async () => {
    host = await (await teams).createTeamsMeetingHost();
    const meetingHost = host;
    let told = false;
    const ready = () => {
      if (told) return;
      told = true;
      meetingHost.notifyReady();
    };
    const { context } = host;
    const storeSelf = { userId: context.userId, displayName: context.displayName, address: context.loginHint };
    const choice = surfaceFor(context.frameContext);
    const graph = graphAccessFor(context, language.words);
    boot.update({
      self: { userId: context.userId, displayName: context.displayName },
      theme: context.theme,
      surface: choice.surface,
      stage: choice.sharesToStage ? { canShare: host.canShareToStage, share: host.shareToStage } : undefined,
      calendar: choice.usesCalendar ? graph.calendar : undefined,
      ownCopy: choice.readsOwnCopy ? graph.ownCopy : undefined,
      history: choice.readsHistory ? graph.history : undefined,
    });
    host.onThemeChange((theme) => boot.update({ theme }));
    language.hostSays(context.locale);

    let early: QueuedSessionStore | null = null;
    const device = choice.paintsFromDevice ? await (fromDevice ?? loadDeviceCopyStore()) : null;
    if (device) {
      early = device.openFromDevice(context, storeSelf, systemClock);
      boot.update({ store: early, pendingChanges: early.pending });
      // Ready as the stepper is painted; Live Share's evaluation holds the main thread only after that
      // paint, and after the host has had the word.
      await inPaintingFrame();
      ready();
      await new Promise((resolve) => window.setTimeout(resolve, 0));
    }

    const connect = async (): Promise<SessionStore> => {
      const { openLiveShareSessionStore, notLiveStore } = await sync();
      return openLiveShareSessionStore({
        // Teams' Live Share host names the Fluid service: Microsoft's in Teams,
        // a local tinylicious in the simulator (both through teams-js).
        host: meetingHost.liveShareHost(),
        sessionId: context.meetingId,
        // Only a claim, written into a container this panel creates: the host names the organizer.
        organizerId: null,
        self: storeSelf,
        clock: systemClock,
        onWaitingForOrganizer: () => {
          // The side panel says so over its device copy; the notes tab shows the user's own copy meanwhile.
          if (early) return early.waitingForOrganizer();
          if (choice.readsOwnCopy) boot.update({ store: notLiveStore(context.meetingId, systemClock.now()) });
          else if (choice.whileWaiting) boot.update({ surface: choice.whileWaiting });
          // What it shows while it waits is the page: the organizer may be hours away (before or after the meeting).
          void inPaintingFrame().then(ready);
        },
      });
    };

    const connected = (live: SessionStore) => {
      // The Live Share host's id for this user wins over the context's (spelled otherwise in some Teams clients):
      // the panel's role, the private notes and the own copy follow the id the session knows.
      const known = boot.get().self;
      const self = live.userId && live.userId !== known.userId ? { ...known, userId: live.userId } : known;
      const ports: Partial<MeetingBoot> = { self };
      if (early) device?.keepOnDevice(live, context, systemClock);
      else ports.store = live;
      if (choice.whileWaiting) ports.surface = choice.surface;
      if (choice.keepsOwnCopy) {
        // The coach's private notes: on this device, and in the coach's own copy only (the panel shows them to the coach alone).
        const notes = createLocalPrivateNotes(context.meetingId, self.userId);
        ports.privateNotes = notes;
        ports.ownCopySaving = graph.keepOwnCopy(live, self.userId, { privateNotes: notes });
        seedFromOwnCopy(live, self.userId, notes, graph.ownCoachNotes);
        graph.carryOver(live, self.userId);
        // Each person's own steps go to their own To Do, with their own token; and what
        // their To Do says is done since last time reaches the session through them alone.
        ports.stepTasks = graph.keepStepTasks(live, self.userId);
        graph.reportCarriedDone(live, self.userId);
      }
      // The changes made meanwhile go to the live session in order, the panel reports what it
      // refused; after the keepers above started, so they see them as changes to keep.
      early?.handOver(live);
      boot.update(ports);
    };

    if (!early && choice.readsOwnCopy && !meetingHost.offersLiveShare()) {
      // Teams' phone apps offer no Live Share in the meeting's chat and details tabs: the notes are the user's own copy there.
      // Its store is a chunk of its own: evaluating Live Share's would hold a phone's main thread for nothing.
      const { notLiveStore } = await import(/* webpackChunkName: "notLive" */ '../sync/waitingStore');
      boot.update({ store: notLiveStore(context.meetingId, systemClock.now()) });
      await inPaintingFrame();
      ready();
      return;
    }
    if (!early) {
      // Teams covers the tab with its loading indicator until the page says it is
      // ready, and puts its own error in its place after 30 s: a page still
      // connecting by then shows its own "Connecting…" instead.
      const deadline = window.setTimeout(ready, READY_AT_THE_LATEST_MS);
      try {
        connected(await connect());
      } finally {
        window.clearTimeout(deadline);
      }
      ready();
      return;
    }
    // Painted already, and the host told: a failure to connect keeps the panel
    // and its queued changes, says why and offers to try again.
    const queued = early;
    const attempt = (): Promise<void> =>
      connect().then(connected, (error: unknown) => queued.connectionFailed(messageOf(error), () => void attempt()));
    await attempt();
  };

  start().catch((error: unknown) => failStart(error, { host, root: boot.root, container, words: language.words }));
}
