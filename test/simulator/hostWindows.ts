import type { HostView, SimPerson } from '../../src/simulator/host';

// What the simulator's host tests share: its people, a meeting view, and just
// enough of a window for a host (its message listener and origin) and for a frame.

export const ORIGIN = 'http://localhost:3000';
export const ALEX: SimPerson = { userId: 'sim-alex', displayName: 'Alex', part: 'coach', email: 'alex@contoso.example' };
export const SAM: SimPerson = { userId: 'sim-sam', displayName: 'Sam', part: 'coachee', email: 'sam@contoso.example' };

export const meetingView = (overrides: Partial<HostView> = {}): HostView => ({
  meeting: { meetingId: 'sim-1', organizer: ALEX, theme: 'default' },
  origin: ORIGIN,
  savedConfig: null,
  stageOpen: false,
  fluidEndpoint: 'http://localhost:7070',
  ...overrides,
});

/** The simulator page's window: `deliver` plays a message arriving from `source`. */
export function fakeHostWindow() {
  let listener: ((event: MessageEvent) => void) | null = null;
  const win = {
    location: { origin: ORIGIN },
    addEventListener: (_: string, l: (event: MessageEvent) => void) => (listener = l),
    removeEventListener: () => (listener = null),
  } as unknown as Window;
  const deliver = (source: Window, data: unknown, origin = ORIGIN) => listener?.({ source, data, origin } as unknown as MessageEvent);
  return { win, deliver };
}

/** An app frame's window; what the host posts to it is recorded. */
export const frameWindow = () => ({ postMessage: jest.fn() }) as unknown as Window & { postMessage: jest.Mock };
