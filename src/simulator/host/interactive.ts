import { hostIdOf, type SimFrame, type SimMeeting } from './meeting';
import type { HostRequest } from './messages';

// Teams' Live Share service, as teams-js's LiveShareHost asks it over
// postMessage (func "interactive.*", reply [error, result]). The simulator
// names a local Fluid server (tinylicious) as the meeting's Fluid service,
// keeps one container id per meeting, and knows who registered each client.

/** Live Share's UserMeetingRole values (teams-js spells them so on the wire). */
export type MeetingRole = 'Organizer' | 'Presenter' | 'Attendee' | 'Guest';

/** Live Share's ContainerState values. */
type ContainerState = 'Added' | 'AlreadyExists' | 'Conflict' | 'NotFound';

export interface RegisteredClient {
  userId: string;
  displayName: string;
  roles: MeetingRole[];
}

/** What the simulated Live Share service keeps; replaced, never changed in place. */
export interface InteractiveState {
  /** meeting id → its Fluid container id. */
  containers: Readonly<Record<string, string>>;
  /** Fluid client id → who registered it. */
  clients: Readonly<Record<string, RegisteredClient>>;
}

export const EMPTY_INTERACTIVE: InteractiveState = { containers: {}, clients: {} };

export interface InteractiveContext {
  meeting: SimMeeting;
  /** The local Fluid server's address; null when none is known (Live Share then fails to start). */
  fluidEndpoint: string | null;
  /** Milliseconds since the epoch: the meeting's shared clock. */
  now: number;
}

export interface InteractiveOutcome {
  reply: unknown[];
  state: InteractiveState;
}

const MAX_ID_LENGTH = 256;
const sdkError = (errorCode: number, message: string) => ({ errorCode, message });
const ok = (result: unknown, state: InteractiveState): InteractiveOutcome => ({ reply: [null, result], state });
const fail = (message: string, state: InteractiveState): InteractiveOutcome => ({
  reply: [sdkError(4000, message), null],
  state,
});
const isId = (value: unknown): value is string => typeof value === 'string' && value !== '' && value.length <= MAX_ID_LENGTH;

/** The organizer organizes and presents; everyone else attends, as in a Teams meeting with default settings. */
export const rolesOf = (meeting: SimMeeting, frame: SimFrame): MeetingRole[] =>
  frame.person.userId === meeting.organizer.userId ? ['Organizer', 'Presenter'] : ['Attendee'];

const containerInfo = (containerState: ContainerState, containerId: string | undefined, shouldCreate: boolean) => ({
  containerState,
  containerId,
  shouldCreate,
  retryAfter: 0,
});

/** Whether `func` is one of Live Share's requests. */
export const isInteractive = (func: string) => func.startsWith('interactive.');

/**
 * How the simulated Teams answers one interactive.* request from one frame.
 * Pure: returns the reply and the service's next state.
 */
export function answerInteractive(
  request: HostRequest,
  frame: SimFrame,
  state: InteractiveState,
  context: InteractiveContext,
): InteractiveOutcome {
  const { meeting } = context;
  const [arg] = request.args;
  switch (request.func) {
    case 'interactive.getFluidTenantInfo':
      if (!context.fluidEndpoint) return fail('No local Fluid server is running for the simulator.', state);
      return ok({ tenantId: 'local', serviceEndpoint: context.fluidEndpoint }, state);
    case 'interactive.getFluidToken':
      // A local server takes unsigned tokens that Stagecoach makes itself; Live Share never asks for this one.
      return ok('simulator-local-token', state);
    case 'interactive.getFluidContainerId': {
      const existing = state.containers[meeting.meetingId];
      return ok(existing ? containerInfo('AlreadyExists', existing, false) : containerInfo('NotFound', undefined, true), state);
    }
    case 'interactive.setFluidContainerId': {
      if (!isId(arg)) return fail('The container id must be a non-empty string.', state);
      const existing = state.containers[meeting.meetingId];
      // The first to create the meeting's container wins; a later one is told to join it.
      if (existing && existing !== arg) return ok(containerInfo('Conflict', existing, false), state);
      const next = { ...state, containers: { ...state.containers, [meeting.meetingId]: arg } };
      return ok(containerInfo('Added', arg, false), next);
    }
    case 'interactive.getNtpTime':
      return ok({ ntpTime: new Date(context.now).toISOString(), ntpTimeInUTC: context.now }, state);
    case 'interactive.registerClientId': {
      if (!isId(arg)) return fail('The client id must be a non-empty string.', state);
      const known = state.clients[arg];
      const userId = hostIdOf(meeting, frame.person.userId);
      // A client id is its registrant's: another frame cannot take it over.
      if (known && known.userId !== userId) return fail('The client id is registered to someone else.', state);
      const client: RegisteredClient = {
        userId,
        displayName: frame.person.displayName,
        roles: rolesOf(meeting, frame),
      };
      return ok(client.roles, { ...state, clients: { ...state.clients, [arg]: client } });
    }
    case 'interactive.getClientRoles':
      return ok(isId(arg) ? state.clients[arg]?.roles : undefined, state);
    case 'interactive.getClientInfo':
      return ok(isId(arg) ? state.clients[arg] : undefined, state);
    default:
      return fail(`${request.func.slice(0, 64)} is not supported by the simulator.`, state);
  }
}
