import {
  answerInteractive,
  EMPTY_INTERACTIVE,
  isInteractive,
  RUNTIME,
  type InteractiveContext,
  type InteractiveState,
  type SimFrame,
  type SimPerson,
} from '../../src/simulator/host';

const ALEX: SimPerson = { userId: 'sim-alex', displayName: 'Alex', part: 'coach', email: 'alex@contoso.example' };
const SAM: SimPerson = { userId: 'sim-sam', displayName: 'Sam', part: 'coachee', email: 'sam@contoso.example' };
const NOW = Date.UTC(2026, 10, 25, 9, 0);
const context: InteractiveContext = {
  meeting: { meetingId: 'sim-1', organizer: ALEX, theme: 'default' },
  fluidEndpoint: 'http://localhost:7070',
  now: NOW,
};
const panelOf = (person: SimPerson): SimFrame => ({ person, frameContext: 'sidePanel' });
const request = (func: string, args: unknown[] = []) => ({ id: 1, func, args });

/** Answers `func` from `person`'s panel; returns the result (reply[1]), the error (reply[0]) and the next state. */
function ask(func: string, args: unknown[], person: SimPerson, state: InteractiveState = EMPTY_INTERACTIVE, ctx = context) {
  const { reply, state: next } = answerInteractive(request(func, args), panelOf(person), state, ctx);
  return { error: reply[0], result: reply[1], state: next };
}

describe('the simulated Live Share service (interactive.*)', () => {
  it('is declared in the runtime, as teams-js’s LiveShareHost.create() requires', () => {
    expect(RUNTIME.supports.interactive).toEqual({});
    expect(isInteractive('interactive.getNtpTime')).toBe(true);
    expect(isInteractive('getContext')).toBe(false);
  });

  it('names the local Fluid server as tenant "local", or fails when it knows none', () => {
    expect(ask('interactive.getFluidTenantInfo', [], SAM)).toMatchObject({
      error: null,
      result: { tenantId: 'local', serviceEndpoint: 'http://localhost:7070' },
    });
    const none = ask('interactive.getFluidTenantInfo', [], SAM, EMPTY_INTERACTIVE, { ...context, fluidEndpoint: null });
    expect(none.error).toMatchObject({ errorCode: expect.any(Number), message: expect.stringContaining('Fluid server') });
  });

  it('hands out a placeholder token (a local server takes the app’s own)', () => {
    expect(ask('interactive.getFluidToken', ['c-1'], SAM).result).toEqual(expect.any(String));
  });

  it('keeps one container per meeting: the first setter wins, a second is told of the conflict', () => {
    const first = ask('interactive.getFluidContainerId', [], ALEX);
    expect(first.result).toEqual({ containerState: 'NotFound', containerId: undefined, shouldCreate: true, retryAfter: 0 });

    const added = ask('interactive.setFluidContainerId', ['c-alex'], ALEX);
    expect(added.result).toMatchObject({ containerState: 'Added', containerId: 'c-alex', shouldCreate: false });

    const conflict = ask('interactive.setFluidContainerId', ['c-sam'], SAM, added.state);
    expect(conflict.result).toMatchObject({ containerState: 'Conflict', containerId: 'c-alex', shouldCreate: false });
    expect(conflict.state).toBe(added.state);

    expect(ask('interactive.getFluidContainerId', [], SAM, added.state).result).toMatchObject({
      containerState: 'AlreadyExists',
      containerId: 'c-alex',
      shouldCreate: false,
    });
    // Another meeting has a container of its own.
    const other = { ...context, meeting: { ...context.meeting, meetingId: 'sim-2' } };
    expect(ask('interactive.getFluidContainerId', [], SAM, added.state, other).result).toMatchObject({ containerState: 'NotFound' });
    expect(ask('interactive.setFluidContainerId', [42], ALEX).error).not.toBeNull();
  });

  it('tells the shared time as ISO text and milliseconds', () => {
    expect(ask('interactive.getNtpTime', [], SAM).result).toEqual({ ntpTime: '2026-11-25T09:00:00.000Z', ntpTimeInUTC: NOW });
  });

  it('registers client ids with the roles of who registered them: the organizer presents, others attend', () => {
    const alex = ask('interactive.registerClientId', ['client-a'], ALEX);
    expect(alex.result).toEqual(['Organizer', 'Presenter']);
    const sam = ask('interactive.registerClientId', ['client-s'], SAM, alex.state);
    expect(sam.result).toEqual(['Attendee']);

    expect(ask('interactive.getClientRoles', ['client-a'], SAM, sam.state).result).toEqual(['Organizer', 'Presenter']);
    expect(ask('interactive.getClientInfo', ['client-s'], ALEX, sam.state).result).toEqual({
      userId: 'sim-sam',
      displayName: 'Sam',
      roles: ['Attendee'],
    });
    expect(ask('interactive.getClientInfo', ['client-unknown'], ALEX, sam.state).result).toBeUndefined();
    expect(ask('interactive.getClientRoles', ['client-unknown'], ALEX, sam.state).result).toBeUndefined();
  });

  it('does not let a frame take over a client id someone else registered', () => {
    const alex = ask('interactive.registerClientId', ['client-a'], ALEX);
    const stolen = ask('interactive.registerClientId', ['client-a'], SAM, alex.state);
    expect(stolen.error).not.toBeNull();
    expect(stolen.state).toBe(alex.state);
    expect(ask('interactive.getClientInfo', ['client-a'], SAM, stolen.state).result).toMatchObject({ userId: 'sim-alex' });
  });

  it('refuses an interactive request it does not know', () => {
    expect(ask('interactive.somethingNew', [], SAM).error).toMatchObject({ message: expect.stringContaining('not supported') });
  });
});
