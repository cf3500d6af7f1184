// The cold-load bench's Teams: the simulator's host (src/simulator/host),
// framing one side panel as the coach and nothing else, so the page under
// test has the renderer to itself. Built by coldLoad.mjs (webpack.coldLoad.js).
// The address names the meeting (`meeting`) and the Fluid server (`fluid`).
import { SimulatedTeamsHost, type HostEffect, type SimPerson } from '../../src/simulator/host';

const COACH: SimPerson = { userId: 'sim-alex', displayName: 'Alex', part: 'coach', email: 'alex@contoso.example' };

interface ColdLoadResult {
  /** Epoch ms (timeOrigin + now) at which the host got appInitialization.success; null until then. */
  readyAt: number | null;
  failed: string | null;
}

declare global {
  var stagecoachColdLoad: ColdLoadResult;
}

const query = new URLSearchParams(window.location.search);
const meetingId = query.get('meeting') ?? `bench-${Date.now()}`;
const fluidEndpoint = query.get('fluid');
const result: ColdLoadResult = { readyAt: null, failed: null };
globalThis.stagecoachColdLoad = result;

const host = new SimulatedTeamsHost(window);
host.update(
  {
    meeting: { meetingId, organizer: COACH, theme: 'default' },
    origin: window.location.origin,
    savedConfig: { contentUrl: 'sidePanel.html?theme={theme}&locale={locale}' },
    stageOpen: false,
    fluidEndpoint,
  },
  (_paneId: string, effect: HostEffect) => {
    if (effect.kind !== 'status') return;
    if (effect.status.state === 'ready') result.readyAt ??= performance.timeOrigin + performance.now();
    if (effect.status.state === 'failed') result.failed = effect.status.reason;
  },
);

// Registered before it navigates, as the simulator does: the window stays the same across the navigation.
const frame = document.createElement('iframe');
frame.title = 'Stagecoach side panel';
frame.style.cssText = 'width:320px;height:900px;border:0';
document.body.append(frame);
if (frame.contentWindow) host.register('side', frame.contentWindow, { person: COACH, frameContext: 'sidePanel' });
frame.src = 'sidePanel.html?theme=default';
