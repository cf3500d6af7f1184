import { RULES_VERSION } from '../../src/domain';
import type { SessionStore } from '../../src/ports';
import { trustMemory } from '../../src/sync/deviceTrust';
import { createLocalLiveShareHost, openLiveShareSessionStore } from '../../src/sync/liveShare';
import { fakeClock } from '../fixtures/clock';
import { until } from '../fixtures/waiting';
import { startTinylicious, type Tinylicious } from '../servers/tinylicious.cjs';
import { deviceStore, rawClient, untilMap, untilSession, untilSnapshot, untilTimer, type RawClient } from './liveShareHarness';

// The shared record against hostile peers and version skew, on a real
// tinylicious. No timing: every wait is for a state (jest's timeout is the clock).
jest.setTimeout(Number(process.env.LIVE_TIMEOUT ?? 60_000));

const T0 = Date.UTC(2026, 10, 25, 9, 0);
const TODAY = '2026-11-25';
const COACH = { userId: 'u-coach', displayName: 'Alex', address: 'alex@contoso.example' };
const COACHEE = { userId: 'u-coachee', displayName: 'Sam', address: 'sam@contoso.example' };
type Person = typeof COACH;

let server: Tinylicious;
let meeting = 0;
const containers = new Map<string, string>();
const open: SessionStore[] = [];
const raws: RawClient[] = [];

beforeAll(async () => {
  server = await startTinylicious();
});
afterAll(async () => {
  await server?.dispose();
});
afterEach(() => {
  open.splice(0).forEach((store) => store.close());
  raws.splice(0).forEach((raw) => raw.dispose());
  jest.restoreAllMocks();
});

/** One person's panel on one device (its localStorage is `device`). */
async function connect(sessionId: string, self: Person, device = deviceStore()): Promise<SessionStore> {
  const host = createLocalLiveShareHost({ get: () => containers.get(sessionId), set: (id) => containers.set(sessionId, id) });
  const store = await openLiveShareSessionStore({
    host,
    sessionId,
    organizerId: COACH.userId,
    self,
    clock: fakeClock(T0),
    connection: { type: 'local', endpoint: server.endpoint },
    trust: trustMemory(device, sessionId, self.userId),
  });
  open.push(store);
  return store;
}

async function hostile(sessionId: string, userId = 'u-mallory'): Promise<RawClient> {
  const raw = await rawClient(server.endpoint, containers.get(sessionId)!, userId);
  raws.push(raw);
  return raw;
}

function forged(id: string, actorId: string, command: unknown, lamport = 90) {
  return { lamport, envelope: { id, actorId, at: T0, today: TODAY, command }, rules: RULES_VERSION, prev: null };
}

const quiet = () => jest.spyOn(console, 'warn').mockImplementation(() => undefined);

describe('the shared record against a hostile peer', () => {
  it('never folds, verifies or archives ops forged into the container and summarized at rest: reloaded and late panels agree', async () => {
    quiet();
    const sessionId = `m-${++meeting}`;
    const coachDevice = deviceStore();
    const coacheeDevice = deviceStore();
    const coach = await connect(sessionId, COACH, coachDevice);
    const coachee = await connect(sessionId, COACHEE, coacheeDevice);
    await untilSession(coach, (s) => Boolean(s.participants[COACHEE.userId]));
    coachee.dispatch({ type: 'stateChallenge', id: 'v1', text: 'Releases slip' });
    coach.dispatch({ type: 'addCause', id: 'c1', text: 'Scope creep' });
    const expected = await untilSession(coachee, (s) => Boolean(s.causes.c1));
    await untilSession(coach, (s) => s.challenge.currentId === 'v1');
    open.splice(0).forEach((store) => store.close());

    // While nobody is there, a client writes ops in the coach's and the coachee's names, then leaves.
    const mallory = await hostile(sessionId);
    mallory.map.set('op:f1', forged('f1', COACH.userId, { type: 'addCause', id: 'c-evil', text: 'Forged' }));
    mallory.map.set('op:f2', forged('f2', COACH.userId, { type: 'assignRole', userId: 'u-mallory', role: 'coachee' }, 91));
    mallory.map.set('op:f3', forged('f3', COACHEE.userId, { type: 'join', displayName: 'Sam', address: 'mallory@evil.example' }, 92));
    await mallory.sent();
    const forgedUpTo = mallory.lastSequenceNumber();
    // Alone in the container, she is its elected summarizer: her summary puts the forged ops in the snapshot.
    expect(await mallory.summarize()).toBeGreaterThanOrEqual(forgedUpTo);
    raws.splice(0).forEach((raw) => raw.dispose());
    // Whoever joins now loads them from that snapshot, not as ops to replay.
    const auditor = await hostile(sessionId, 'u-auditor');
    expect(auditor.loadedAt()).toBeGreaterThanOrEqual(forgedUpTo);
    expect(['op:f1', 'op:f2', 'op:f3'].filter((key) => auditor.map.has(key))).toHaveLength(3);
    raws.splice(0).forEach((raw) => raw.dispose());

    const coachAgain = await connect(sessionId, COACH, coachDevice);
    const coacheeAgain = await connect(sessionId, COACHEE, coacheeDevice);
    const late = await connect(sessionId, { userId: 'u-late', displayName: 'Lee', address: 'lee@contoso.example' });
    const complete = (s: { causes: object; challenge: { currentId: string | null }; participants: object }) =>
      'c1' in s.causes && s.challenge.currentId === 'v1' && 'u-late' in s.participants;
    const states = await Promise.all([coachAgain, coacheeAgain, late].map((store) => untilSession(store, complete)));
    for (const state of states) {
      expect(state.causes['c-evil']).toBeUndefined();
      expect(state.participants['u-mallory']).toBeUndefined();
      expect(state.participants[COACHEE.userId]).toMatchObject({ role: 'coachee', address: COACHEE.address });
      // The latecomer joined before it could verify the history, yet after it in everyone's order.
      expect(state.participants['u-late']?.role).toBe('observer');
      expect(state.causes.c1).toEqual(expected.causes.c1);
    }
    expect(states[1]).toEqual(states[0]);
    expect(states[2]).toEqual(states[0]);
    for (const store of [coachAgain, coacheeAgain, late]) {
      // Held unverified when their sender cannot be told any more, removed when it can: never folded either way.
      expect(store.getSnapshot().integrity?.unverified).toBeLessThanOrEqual(3);
      const archived = store.archiveSource!()!.ops.map((op) => op.envelope.id);
      expect(archived.filter((id) => ['f1', 'f2', 'f3'].includes(id))).toEqual([]);
    }
  });

  it('ignores a timer that someone other than the coach starts, pauses or stops, in every panel', async () => {
    const warn = quiet();
    const sessionId = `m-${++meeting}`;
    const coach = await connect(sessionId, COACH);
    const coachee = await connect(sessionId, COACHEE);
    await untilSession(coachee, (s) => s.participants[COACH.userId]?.role === 'coach');
    const mallory = await hostile(sessionId);
    await mallory.timer.initialize();
    // No event announces a console line: they are looked for every tenth of a second.
    const refusals = () => warn.mock.calls.filter(([text]) => String(text).includes('stage timer')).length;
    /** Mallory's timer changes went out before this op of hers: once both panels have it, they have had those too. */
    let marks = 0;
    const afterMallory = async () => {
      const id = `mark-${++marks}`;
      mallory.map.set(`op:${id}`, { junk: marks });
      await mallory.sent();
      // A malformed value: the panels remove it, which she sees.
      await untilMap(mallory.map, (map) => !map.has(`op:${id}`));
    };

    await mallory.timer.start(600_000);
    await afterMallory();
    await until(() => refusals() >= 1, { pollMs: 100 });
    expect(coach.timer!.getSnapshot().state).toBe('off');
    expect(coachee.timer!.getSnapshot().state).toBe('off');

    // The coach's own timer runs, and a stranger's pause and stop change nothing.
    coach.timer!.start(300_000);
    await untilTimer(coachee.timer!, (s) => s.state === 'running' && s.durationMs === 300_000);
    const before = refusals();
    await mallory.timer.pause();
    await mallory.timer.start(0);
    await afterMallory();
    await until(() => refusals() > before, { pollMs: 100 });
    for (const store of [coach, coachee]) expect(store.timer!.getSnapshot()).toMatchObject({ state: 'running', durationMs: 300_000 });
    // LiveTimer keeps ticking after its container is disposed until its time is up: stop it, so nothing outlives the test.
    coach.timer!.stop();
    await untilTimer(coachee.timer!, (s) => s.state === 'off');
  });
});

describe('version skew', () => {
  it('goes read-only, and says so, when someone runs a newer Stagecoach; nothing is lost', async () => {
    quiet();
    const sessionId = `m-${++meeting}`;
    const coach = await connect(sessionId, COACH);
    const newer = await hostile(sessionId, COACHEE.userId);
    const op = { ...forged('n1', COACHEE.userId, { type: 'join', displayName: 'Sam' }, 5), rules: RULES_VERSION + 1 };
    newer.map.set('op:n1', op);
    await untilSnapshot(coach, (s) => s.integrity?.newerVersion === true);
    expect(coach.dispatch({ type: 'addCause', id: 'c1', text: 'Scope creep' })).toEqual({
      ok: false,
      code: 'newerVersion',
      reason: { key: 'newerVersion' },
    });
    // The newer client's op stays for those who can read it.
    await newer.sent();
    expect(newer.map.get('op:n1')).toEqual(op);
    const later = await connect(sessionId, { userId: 'u-late', displayName: 'Lee', address: 'lee@contoso.example' });
    expect(later.getSnapshot().integrity?.newerVersion).toBe(true);
  });
});

describe('one identity, the host’s', () => {
  it('syncs and keeps roles when Teams spells a user compound in the context and otherwise in the host', async () => {
    const sessionId = `m-${++meeting}`;
    // Teams' client registry, answering each id in upper case; the contexts give "id.guid.tenant".
    const registry = new Map<string, { userId: string; roles: string[] }>();
    const compound = (id: string) => `${id}.7d3b5c1e-0000-4000-8000-000000000001.72f988bf-86f1-41af-91ab-2d7cd011db47`;
    const connectAs = async (self: Person, roles: string[]) => {
      const host = createLocalLiveShareHost({ get: () => containers.get(sessionId), set: (id) => containers.set(sessionId, id) });
      host.registerClientId = (clientId: string) => {
        registry.set(clientId, { userId: self.userId.toUpperCase(), roles });
        return Promise.resolve(roles);
      };
      host.getClientInfo = (clientId: string) => Promise.resolve(registry.get(clientId));
      const store = await openLiveShareSessionStore({
        host,
        sessionId,
        organizerId: compound(COACH.userId),
        self: { ...self, userId: compound(self.userId) },
        clock: fakeClock(T0),
        connection: { type: 'local', endpoint: server.endpoint },
        identity: 'host',
        trust: trustMemory(deviceStore(), sessionId, self.userId),
      });
      open.push(store);
      return store;
    };
    const coach = await connectAs(COACH, ['Organizer', 'Presenter']);
    const coachee = await connectAs(COACHEE, ['Attendee']);
    expect(coach.userId).toBe(COACH.userId);
    const seen = await untilSession(coach, (s) => Boolean(s.participants[COACHEE.userId]));
    expect(seen.participants[COACH.userId]?.role).toBe('coach');
    expect(seen.participants[COACHEE.userId]?.role).toBe('coachee');
    expect(coachee.dispatch({ type: 'addOption', id: 'o1', text: 'Freeze scope' })).toEqual({ ok: true });
    await untilSession(coach, (s) => Boolean(s.options.o1));
    expect(coach.getSnapshot().integrity?.unverified).toBe(0);

    // A context that names the user otherwise altogether: the host's id wins, and nothing is refused.
    const observer = { userId: 'u-observer', displayName: 'Robin', address: 'robin@contoso.example' };
    const host = createLocalLiveShareHost({ get: () => containers.get(sessionId), set: (id) => containers.set(sessionId, id) });
    host.registerClientId = (clientId: string) => {
      registry.set(clientId, { userId: 'U-OBSERVER', roles: ['Attendee'] });
      return Promise.resolve(['Attendee']);
    };
    host.getClientInfo = (clientId: string) => Promise.resolve(registry.get(clientId));
    const third = await openLiveShareSessionStore({
      host,
      sessionId,
      organizerId: compound(COACH.userId),
      self: { ...observer, userId: 'someone-else-entirely' },
      clock: fakeClock(T0),
      connection: { type: 'local', endpoint: server.endpoint },
      identity: 'host',
      trust: trustMemory(deviceStore(), sessionId, observer.userId),
    });
    open.push(third);
    expect(third.userId).toBe('u-observer');
    await untilSession(coach, (s) => s.participants['u-observer']?.role === 'observer');
  });
});

describe('the organizer, from the host’s roles alone', () => {
  // Teams' client registry: who registered each Fluid client, with their meeting roles.
  const registry = new Map<string, { userId: string; roles: string[] }>();

  /** A panel whose host registers it as `self` with `roles`; `claims` is the organizer it writes into a genesis it creates. */
  const openAs = (
    sessionId: string,
    self: Person,
    roles: string[],
    claims: string | null,
    device = deviceStore(),
    infoOf = (clientId: string) => registry.get(clientId),
  ) => {
    const host = createLocalLiveShareHost({ get: () => containers.get(sessionId), set: (id) => containers.set(sessionId, id) });
    host.registerClientId = (clientId: string) => {
      registry.set(clientId, { userId: self.userId, roles });
      return Promise.resolve(roles);
    };
    host.getClientInfo = (clientId: string) => Promise.resolve(infoOf(clientId));
    let waited = false;
    let store: SessionStore | null = null;
    const opening = openLiveShareSessionStore({
      host,
      sessionId,
      organizerId: claims,
      self,
      clock: fakeClock(T0),
      connection: { type: 'local', endpoint: server.endpoint },
      identity: 'host',
      trust: trustMemory(device, sessionId, self.userId),
      onWaitingForOrganizer: () => (waited = true),
    }).then((opened) => {
      open.push(opened);
      store = opened;
      return opened;
    });
    return { opening, waited: () => waited, opened: () => store !== null };
  };
  const ORGANIZER = ['Organizer', 'Presenter'];
  const MALLORY = { userId: 'u-mallory', displayName: 'Mallory', address: 'mallory@evil.example' };

  it('holds panels until the organizer opens, whatever organizer the container’s genesis claims', async () => {
    quiet();
    const sessionId = `m-${++meeting}`;
    // An attendee creates the session first, naming herself its organizer; the coachee comes next, with no meeting details.
    const mallory = openAs(sessionId, MALLORY, ['Attendee'], MALLORY.userId);
    await until(() => mallory.waited());
    const coachee = openAs(sessionId, COACHEE, ['Attendee'], null);
    await until(() => coachee.waited());
    expect(mallory.opened() || coachee.opened()).toBe(false);

    // The organizer opens it: everyone's session starts, under the organizer the host names.
    const coach = openAs(sessionId, COACH, ORGANIZER, null);
    const stores = await Promise.all([coach.opening, coachee.opening, mallory.opening]);
    expect(coach.waited()).toBe(false);
    const everyone = (s: { participants: object }) => [COACH, COACHEE, MALLORY].every(({ userId }) => userId in s.participants);
    const states = await Promise.all(stores.map((store) => untilSession(store, everyone)));
    for (const state of states) {
      expect(state.organizerId).toBe(COACH.userId);
      expect(state.participants[COACH.userId]?.role).toBe('coach');
      expect(state.participants[MALLORY.userId]?.role).not.toBe('coach');
      expect(state.participants).toEqual(states[0]!.participants);
    }
    expect(stores.map((store) => store.archiveSource?.()?.genesis.organizerId)).toEqual([COACH.userId, COACH.userId, COACH.userId]);
  });

  it('asks again about a client the host briefly called a guest: the coachee’s panel opens under the organizer', async () => {
    quiet();
    const sessionId = `m-${++meeting}`;
    const coach = await openAs(sessionId, COACH, ORGANIZER, null).opening;
    // Teams' roster may answer Guest for someone in the meeting for a moment (Live Share's presence works around it).
    const wrongFirst = new Map<string, number>();
    const flaky = (clientId: string) => {
      const info = registry.get(clientId);
      if (info?.userId !== COACH.userId) return info;
      const asked = (wrongFirst.get(clientId) ?? 0) + 1;
      wrongFirst.set(clientId, asked);
      return asked <= 2 ? { userId: COACH.userId, roles: ['Guest'] } : info;
    };
    const coachee = await openAs(sessionId, COACHEE, ['Attendee'], null, deviceStore(), flaky).opening;
    const state = await untilSession(coachee, (s) => COACHEE.userId in s.participants);
    expect(state.organizerId).toBe(COACH.userId);
    expect(state.participants[COACHEE.userId]?.role).toBe('coachee');
    expect((await untilSession(coach, (s) => COACHEE.userId in s.participants)).organizerId).toBe(COACH.userId);
  });

  it('remembers on the device whom the host named, so a reload opens while the organizer is away; a new device waits', async () => {
    quiet();
    const sessionId = `m-${++meeting}`;
    const coacheeDevice = deviceStore();
    const coach = await openAs(sessionId, COACH, ORGANIZER, COACH.userId).opening;
    await openAs(sessionId, COACHEE, ['Attendee'], null, coacheeDevice).opening;
    await untilSession(coach, (s) => s.participants[COACHEE.userId]?.role === 'coachee');
    open.splice(0).forEach((store) => store.close());

    const again = openAs(sessionId, COACHEE, ['Attendee'], null, coacheeDevice);
    const reloaded = await again.opening;
    expect(again.waited()).toBe(false);
    expect((await untilSession(reloaded, (s) => COACHEE.userId in s.participants)).participants[COACHEE.userId]?.role).toBe('coachee');

    const elsewhere = openAs(sessionId, { ...COACHEE, displayName: 'Sam (phone)' }, ['Attendee'], null);
    await until(() => elsewhere.waited());
    expect(elsewhere.opened()).toBe(false);
    await openAs(sessionId, COACH, ORGANIZER, null).opening;
    const phone = await elsewhere.opening;
    expect((await untilSession(phone, (s) => COACH.userId in s.participants)).organizerId).toBe(COACH.userId);
  });
});
