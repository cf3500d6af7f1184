import { answer, type HostEffect, type HostView } from './answer';
import { answerInteractive, EMPTY_INTERACTIVE, isInteractive, type InteractiveState } from './interactive';
import { offersLiveShare, type SimFrame } from './meeting';
import { parseRequest, replyTo, type HostEvent, type HostRequest } from './messages';
import { answerNestedAppAuth, isNestedAppAuth } from './nestedAppAuth';

const containerKey = (fluidEndpoint: string | null, meetingId: string) =>
  `stagecoach:sim-fluid-container:${fluidEndpoint ?? ''}:${meetingId}`;

/** Far more Live Share requests than a pane makes while it connects; a frame cannot grow the list without end. */
const MAX_HELD = 1000;

interface Registered {
  paneId: string;
  frame: SimFrame;
}

/**
 * The simulator's Teams: answers teams-js in the app frames over postMessage.
 * A message's sender is known only by the window it came from (event.source),
 * never by anything the frame says about itself.
 */
export class SimulatedTeamsHost {
  private readonly frames = new Map<Window, Registered>();
  private view: HostView | null = null;
  /** The simulated Live Share service: changed at once, as requests from several frames may race. */
  private interactive: InteractiveState = EMPTY_INTERACTIVE;
  private onEffect: (paneId: string, effect: HostEffect) => void = () => undefined;
  /** Panes whose Live Share requests wait unanswered (a slow connection), each with what it asked meanwhile, in order. */
  private readonly held = new Map<string, { source: Window; request: HostRequest }[]>();

  /**
   * @param saved where each meeting's container id is kept across reloads of
   *   the simulator (sessionStorage), per Fluid server: a reload then rejoins
   *   the session while that server runs. None: kept in memory only.
   */
  constructor(
    private readonly win: Window,
    private readonly saved?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  ) {
    win.addEventListener('message', this.onMessage);
  }

  /** The meeting as it is now, and where to report what frames change; answers read it as requests arrive. */
  update(view: HostView, onEffect: (paneId: string, effect: HostEffect) => void): void {
    this.view = view;
    this.onEffect = onEffect;
  }

  /** Starts answering the frame showing in `target`; returns the way to stop. */
  register(paneId: string, target: Window, frame: SimFrame): () => void {
    this.frames.set(target, { paneId, frame });
    return () => {
      if (this.frames.get(target)?.paneId === paneId) this.frames.delete(target);
    };
  }

  /** Pushes an event (e.g. themeChange) to every app frame. */
  broadcast(event: HostEvent): void {
    for (const target of this.frames.keys()) this.post(target, event);
  }

  /** Pushes an event (e.g. settings.save) to one pane's frame. */
  send(paneId: string, event: HostEvent): void {
    for (const [target, registered] of this.frames) if (registered.paneId === paneId) this.post(target, event);
  }

  /**
   * Ends the meeting's live session, as Live Share does hours after a meeting:
   * forgets its container id (here and across reloads), so the next frame to
   * open the meeting makes a fresh, empty container. Other servers' data stay.
   */
  forgetContainer(meetingId: string, fluidEndpoint: string | null): void {
    const containers = { ...this.interactive.containers };
    delete containers[meetingId];
    this.interactive = { ...this.interactive, containers };
    try {
      this.saved?.removeItem(containerKey(fluidEndpoint, meetingId));
    } catch {
      // Storage blocked: nothing was kept there either.
    }
  }

  /**
   * Holds a pane's Live Share (its interactive.* requests wait unanswered, as
   * over a slow connection to the Live Share service), or releases it: what
   * it asked meanwhile is answered then, in order. Everything else the pane
   * asks is answered as usual, so it starts and can tell Teams it is ready.
   */
  holdLiveShare(paneId: string, hold: boolean): void {
    if (hold) {
      if (!this.held.has(paneId)) this.held.set(paneId, []);
      return;
    }
    const waiting = this.held.get(paneId);
    this.held.delete(paneId);
    for (const { source, request } of waiting ?? []) {
      // Only to the window that asked, if it still shows this pane's frame.
      const registered = this.frames.get(source);
      if (registered?.paneId === paneId) this.answerLiveShare(source, registered, request);
    }
  }

  /** Whether the pane's Live Share is held. */
  holdsLiveShare(paneId: string): boolean {
    return this.held.has(paneId);
  }

  dispose(): void {
    this.win.removeEventListener('message', this.onMessage);
    this.frames.clear();
    this.held.clear();
  }

  private read(key: string): string | undefined {
    try {
      const value = this.saved?.getItem(key);
      return value && value.length <= 256 ? value : undefined;
    } catch {
      return undefined;
    }
  }

  private write(key: string, value: string) {
    try {
      this.saved?.setItem(key, value);
    } catch {
      // Storage full or blocked: the container is kept in memory only.
    }
  }

  /** The app pages' origin (the view's; the simulator's own until one is given): nothing goes anywhere else. */
  private get appOrigin(): string {
    return this.view?.origin ?? this.win.location.origin;
  }

  private post(target: Window, message: unknown) {
    target.postMessage(message, this.appOrigin);
  }

  /** Answers one Live Share request as the Teams service would, from the meeting's state now. */
  private answerLiveShare(source: Window, registered: Registered, request: HostRequest): void {
    if (!this.view) return;
    const { meeting, fluidEndpoint } = this.view;
    const key = containerKey(fluidEndpoint, meeting.meetingId);
    const stored = this.read(key);
    let current = this.interactive;
    if (stored && !current.containers[meeting.meetingId]) {
      current = { ...current, containers: { ...current.containers, [meeting.meetingId]: stored } };
    }
    const { reply, state } = answerInteractive(request, registered.frame, current, {
      meeting,
      fluidEndpoint,
      now: Date.now(),
    });
    this.interactive = state;
    const containerId = state.containers[meeting.meetingId];
    if (containerId && containerId !== stored) this.write(key, containerId);
    this.post(source, replyTo(request, reply));
  }

  private readonly onMessage = (event: MessageEvent) => {
    if (event.origin !== this.appOrigin || !event.source) return;
    const registered = this.frames.get(event.source as Window);
    if (!registered || !this.view) return;
    const request = parseRequest(event.data);
    if (!request) return;
    if (isInteractive(request.func)) {
      // Where this Teams offers no Live Share (teams-js asks nothing there): refused, as not supported on this platform.
      if (!offersLiveShare(registered.frame)) {
        this.post(event.source as Window, replyTo(request, [{ errorCode: 100, message: 'Not supported on this platform.' }, null]));
        return;
      }
      const waiting = this.held.get(registered.paneId);
      if (waiting) {
        if (waiting.length < MAX_HELD) waiting.push({ source: event.source as Window, request });
      } else this.answerLiveShare(event.source as Window, registered, request);
      return;
    }
    if (isNestedAppAuth(request.func)) {
      // MSAL asking for a token: always as the person whose pane the frame is in.
      const { reply, grant } = answerNestedAppAuth(request, registered.frame.person, Date.now());
      if (reply) this.post(event.source as Window, replyTo(request, reply));
      if (grant) this.onEffect(registered.paneId, { kind: 'tokenGranted', grant });
      return;
    }
    const outcome = answer(request, registered.frame, this.view);
    if (outcome.reply) this.post(event.source as Window, replyTo(request, outcome.reply));
    if (outcome.effect) this.onEffect(registered.paneId, outcome.effect);
  };
}
