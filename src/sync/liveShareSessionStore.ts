import {
  AzureFunctionTokenProvider,
  type AzureLocalConnectionConfig,
  type AzureRemoteConnectionConfig,
} from '@fluidframework/azure-client';
import { LiveEvent, LivePresence, LiveShareClient, LiveTimer, PresenceState, type ILiveShareHost } from '@microsoft/live-share';
import { ConnectionState, SharedMap, type ContainerSchema, type IFluidContainer } from 'fluid-framework';
import { z } from 'zod';
import { normalizeUserId, roleOf } from '../domain';
import type { Clock, ConnectionStatus, LiveShareHostHandle, PresentUser, RecordIntegrity, SessionStore } from '../ports';
import { attestationChannel } from './attestations';
import { deviceStorage, trustMemory, type TrustMemory } from './deviceTrust';
import { isLocalTestHost } from './localLiveShareHost';
import { LocalDevTokenProvider } from './localTokenProvider';
import { wrapLiveTimer } from './liveShareTimer';
import { LogSessionStore } from './logSessionStore';
import type { Self } from '../ports';
import { SessionLog, type Genesis, type LoggedOp } from './sessionLog';
import { SessionRecord, type Verdict } from './sessionRecord';
import { organizerByHost } from './hostOrganizer';
import { createSenderCheck, ownIdentity, type SenderCheck, type SenderIdentity } from './senderIdentity';
import { PROTOCOL_VERSION } from './wireOp';
import { messageOf } from '../base';

/**
 * Which Fluid service holds the session.
 * - omitted: the one the Live Share host names (inside Teams: Microsoft's, per meeting);
 * - `local`: a tinylicious on this machine (simulator, tests), unsigned tokens;
 * - `azure`: the customer's own Azure Fluid Relay, for retention beyond the
 *   meeting; `tokenUrl` is their token function (AzureFunctionTokenProvider),
 *   which must sign tokens whose user id is the signed-in user's.
 */
export type LiveShareConnection =
  { type: 'local'; endpoint: string } | { type: 'azure'; endpoint: string; tenantId: string; tokenUrl: string };

export interface LiveShareStoreOptions {
  /** teams-js's LiveShareHost inside Teams; createLocalLiveShareHost(...) elsewhere. */
  host: LiveShareHostHandle;
  sessionId: string;
  organizerId: string | null;
  self: Self;
  clock: Clock;
  connection?: LiveShareConnection;
  /**
   * Where a peer's user id comes from, to hold its ops' actorId to it:
   * `host` asks the Live Share host (Teams knows who registered each client);
   * `token` reads the user id the Fluid service took from the sender's token.
   * Defaults to `token` for createLocalLiveShareHost's test host (which knows no users) and `host` otherwise
   * (Teams, and the simulator, whose Teams host keeps a registry of clients like Teams').
   */
  identity?: SenderIdentity;
  /** What this device verified before (tests pass their own; the browser's localStorage by default). */
  trust?: TrustMemory;
  /**
   * Called when, with `identity: 'host'`, no organizer has opened the session
   * yet: the store opens once the host names one (see organizerByHost).
   */
  onWaitingForOrganizer?: () => void;
}

/** The Fluid objects of one session's container. */
const schema = {
  initialObjects: {
    // Append-only: op:<envelope id> → WireOp, plus the genesis. No key is
    // ever written twice, so concurrent edits never touch the same key.
    ops: SharedMap,
    // Who has the panel open; transient, as presence should be.
    presence: LivePresence,
    // The optional shared per-stage timer; off until the coach starts it.
    // (Containers made before it existed have none: their panels offer no timer.)
    timer: LiveTimer,
    // Each author vouching live for their own ops (signals, never stored): see authorship.ts.
    // Containers made before it existed have none: there only live checks and this device's memory verify.
    attest: LiveEvent,
  },
} satisfies ContainerSchema;

const GENESIS_KEY = 'genesis';

const genesisSchema = z.object({
  sessionId: z.string().min(1).max(256),
  organizerId: z.string().min(1).max(128).nullable(),
  at: z.number().int().nonnegative(),
  protocol: z.number().int().min(1).optional(),
});

/** What a panel announces about itself; checked against the sender's verified user id. */
const presenceDataSchema = z.object({
  userId: z.string().min(1).max(128),
  displayName: z.string().max(256),
});
type PresenceData = z.infer<typeof presenceDataSchema>;

const mapOpSchema = z.object({
  type: z.string(),
  key: z.string().optional(),
  value: z.object({ value: z.unknown() }).optional(),
});

/**
 * The session store over Live Share: the same SessionLog as the other
 * stores, with each op stored durably in a Fluid SharedMap under its own key.
 * Nothing in the container is trusted: SessionRecord folds only the ops
 * proven to be their author's (docs/live-sync.md), and every op then goes
 * through SessionLog.merge (schema and the domain's role rules).
 */
export async function openLiveShareSessionStore(options: LiveShareStoreOptions): Promise<SessionStore> {
  const { sessionId, clock } = options;
  const host = options.host as unknown as ILiveShareHost;
  const connection = options.connection ?? (await connectionNamedBy(host));
  const identity = options.identity ?? (connection?.type === 'local' && isLocalTestHost(options.host) ? 'token' : 'host');
  const organizerId = options.organizerId === null ? null : normalizeUserId(options.organizerId);
  const ownGenesis: StoredGenesis = { sessionId, organizerId, at: clock.now(), protocol: PROTOCOL_VERSION };

  const client = new LiveShareClient(host, { connection: fluidConnection(connection, options.self) });
  const { container } = await client.joinContainer(schema, (created) => {
    // Only the creator writes this, before the container is attached, so it
    // is in the container from the start: the first writer wins.
    (created.initialObjects.ops as SharedMap).set(GENESIS_KEY, ownGenesis);
  });
  const ops = container.initialObjects.ops as SharedMap;
  const presence = container.initialObjects.presence as LivePresence<PresenceData>;
  const senderOf = createSenderCheck(identity, host, ops);

  // Who this client is, as the host registered it: its word wins over the context's.
  const me = await ownIdentity(identity, host, ops, normalizeUserId(options.self.userId));
  const self: Self = { ...options.self, userId: me.userId };
  const trust = options.trust ?? trustMemory(deviceStorage(), sessionId, self.userId);

  // With the host's word on who is who, the organizer is the host's word too (its Organizer
  // role), never the genesis's claim or the meeting details; with tokens, the caller's.
  const stored = ops.get(GENESIS_KEY);
  const organizer =
    identity === 'host'
      ? await organizerByHost(host, ops, {
          me,
          claimed: claimedOrganizer(stored, sessionId),
          memory: trust,
          onWaiting: options.onWaitingForOrganizer,
        })
      : organizerId;
  const { protocol, ...genesis } = readGenesis(stored, { ...ownGenesis, organizerId: organizer }, identity === 'host');
  const log = new SessionLog(genesis);
  const record = new SessionRecord(log, self.userId, trust);
  const { remove } = record.load([...ops].filter(([key]) => key !== GENESIS_KEY));
  if (remove.length > 0) warn(`${remove.length} unusable value(s) stored in the session (removing them)`);
  for (const key of remove) ops.delete(key);

  const attest = container.initialObjects.attest as LiveEvent | undefined;
  const write = (op: LoggedOp) => {
    const { key, value } = record.local(op);
    try {
      // Applied locally at once; Fluid keeps it pending while offline and sends it on reconnect.
      ops.set(key, value);
    } catch (error) {
      // The container is gone (closed for good): the change stays in this panel only.
      console.warn(`Stagecoach: could not store a change (${messageOf(error)}).`);
    }
    channel?.soon();
  };

  const store = new LogSessionStore(log, self, clock, write, statusOf(container));
  const update = () => {
    store.setIntegrity(integrityOf(record, protocol));
    store.refresh();
  };
  update();

  const restore = () => {
    for (const [key, { op }] of record.held()) {
      if (JSON.stringify(ops.get(key)) !== JSON.stringify(op)) ops.set(key, op);
    }
  };
  const carryOut = (verdict: Verdict, key: string) => {
    switch (verdict.kind) {
      case 'taken':
      case 'held':
      case 'newer':
        return update();
      case 'known':
        return;
      case 'restore':
        warn(`${verdict.why} (${truncate(key)}, putting it back)`);
        return restore();
      case 'remove':
        warn(`${verdict.why} (${truncate(key)}, removing it)`);
        if (ops.has(key)) ops.delete(key);
        return update();
    }
  };

  // Remote changes, in the order Fluid sequenced them; checks that wait on the host stay in order.
  let queue = Promise.resolve();
  const inOrder = (work: () => Promise<void> | void) => {
    queue = queue.then(work).catch((error: unknown) => {
      warn(`a change could not be checked (${messageOf(error)})`);
    });
  };
  const onOp = (message: { clientId: string | null; contents: unknown }, local: boolean) => {
    if (local) return;
    const sender = senderOf(message.clientId);
    inOrder(() => handleRemote(message.contents, sender));
  };
  const handleRemote = async (contents: unknown, sender: SenderCheck) => {
    const parsed = mapOpSchema.safeParse(contents);
    if (!parsed.success) return warn('a malformed map operation');
    const { type, key } = parsed.data;
    if (type === 'delete' && key !== undefined) return carryOut(record.removed(key), key);
    if (type !== 'set' || key === undefined) {
      // clear: never sent by Stagecoach. Put back what we hold so latecomers still get it.
      warn(`a "${type}" of stored changes (putting them back)`);
      return restore();
    }
    if (key === GENESIS_KEY) return warn('a rewrite of the session genesis');
    const userId = await sender;
    carryOut(record.remote(key, parsed.data.value?.value, userId), key);
  };
  ops.on('op', onOp);

  // Each author vouches for their own ops over the live channel; we vouch for ours when asked.
  const channel = attest
    ? attestationChannel(
        attest,
        () => record.ownHeads(),
        (heads, clientId) => {
          const sender = senderOf(clientId);
          inOrder(async () => {
            const userId = await sender;
            if (userId !== undefined && record.vouch(heads, userId)) update();
          });
        },
      )
    : undefined;

  const onConnection = () => store.refresh(statusOf(container));
  container.on('connected', onConnection);
  container.on('disconnected', onConnection);
  container.on('disposed', onConnection);

  // Presence: a panel's claim to be a user counts only from a client verified as that user.
  let presenceRound = 0;
  const updatePresent = async () => {
    const round = ++presenceRound;
    const present = new Map<string, PresentUser>();
    for (const user of presence.getUsers(PresenceState.online)) {
      if (user.isLocalUser) {
        present.set(self.userId, { userId: self.userId, displayName: self.displayName });
        continue;
      }
      const data = presenceDataSchema.safeParse(user.data);
      if (!data.success) continue;
      const claimed = { ...data.data, userId: normalizeUserId(data.data.userId) };
      if (present.has(claimed.userId)) continue;
      for (const connection of user.getConnections(PresenceState.online)) {
        if ((await senderOf(connection.clientId)) === claimed.userId) {
          present.set(claimed.userId, { userId: claimed.userId, displayName: claimed.displayName });
          break;
        }
      }
    }
    if (round !== presenceRound) return;
    store.setPresent([...present.values()].sort((a, b) => a.userId.localeCompare(b.userId)));
  };
  const onPresence = () => {
    updatePresent().catch(() => undefined);
  };
  presence.on('presenceChanged', onPresence);
  await presence.initialize({ userId: self.userId, displayName: self.displayName }, PresenceState.online);
  onPresence();
  await channel?.start().catch((error: unknown) => {
    // Verification falls back to live checks and this device's memory.
    console.warn(`Stagecoach: could not ask the others to vouch (${messageOf(error)}).`);
  });

  // Only the coach's timer changes count, local or received: the session's rule, in every client.
  const liveTimer = container.initialObjects.timer as LiveTimer | undefined;
  const isCoach = (userId: string | undefined) => {
    const session = store.getSnapshot().session;
    return userId !== undefined && session !== null && roleOf(session, userId) === 'coach';
  };
  const timer = liveTimer
    ? wrapLiveTimer(liveTimer, {
        mayControl: () => isCoach(self.userId),
        sentByController: async (clientId) => isCoach(await senderOf(clientId)),
      })
    : undefined;
  if (timer) {
    try {
      await timer.initialize();
      store.timer = timer;
    } catch (error) {
      // The session works without it.
      console.warn(`Stagecoach: the stage timer is unavailable (${messageOf(error)}).`);
    }
  }

  const joined = store.getSnapshot().integrity?.newerVersion ? ({ ok: true } as const) : store.joinIfNeeded();
  if (!joined.ok) {
    container.dispose();
    throw new Error(`Could not join the session: ${joined.code} (${joined.reason.key})`);
  }

  const close = store.close.bind(store);
  store.close = () => {
    ops.off('op', onOp);
    presence.off('presenceChanged', onPresence);
    container.off('connected', onConnection);
    container.off('disconnected', onConnection);
    container.off('disposed', onConnection);
    channel?.dispose();
    presence.dispose();
    timer?.dispose();
    container.dispose();
    close();
  };
  return store;
}

/** What the panel shows of the record: the genesis counts too (a newer protocol makes this client read-only). */
function integrityOf(record: SessionRecord, protocol = 1): RecordIntegrity {
  const integrity = record.integrity();
  return protocol > PROTOCOL_VERSION ? { ...integrity, newerVersion: true } : integrity;
}

/** The genesis as the container keeps it: with the protocol its creator spoke (none: 1). */
type StoredGenesis = Genesis & { protocol?: number };

/**
 * The connection the host asks for, when it names a local Fluid server (the
 * simulator names its tinylicious): Live Share would connect to it with the
 * Fluid test utilities' token provider, which stays out of our bundles, so we
 * connect ourselves, with our own unsigned tokens. Any other tenant is left to
 * Live Share (undefined): Microsoft's service, with the host's tokens.
 */
export async function connectionNamedBy(host: Pick<ILiveShareHost, 'getFluidTenantInfo'>): Promise<LiveShareConnection | undefined> {
  const info = await host.getFluidTenantInfo();
  if (info?.tenantId !== 'local') return undefined;
  if (typeof info.serviceEndpoint !== 'string' || !/^https?:\/\//.test(info.serviceEndpoint)) {
    throw new Error('The meeting names a local Fluid server without a usable address.');
  }
  return { type: 'local', endpoint: info.serviceEndpoint };
}

function fluidConnection(
  connection: LiveShareConnection | undefined,
  self: Self,
): AzureLocalConnectionConfig | AzureRemoteConnectionConfig | undefined {
  const user = { id: self.userId, name: self.displayName };
  switch (connection?.type) {
    case undefined:
      return undefined;
    case 'local':
      return { type: 'local', endpoint: connection.endpoint, tokenProvider: new LocalDevTokenProvider(user) };
    case 'azure':
      return {
        type: 'remote',
        endpoint: connection.endpoint,
        tenantId: connection.tenantId,
        tokenProvider: new AzureFunctionTokenProvider(connection.tokenUrl, { userId: user.id, userName: user.name }),
      };
  }
}

function statusOf(container: IFluidContainer): ConnectionStatus {
  if (container.disposed) return 'offline';
  switch (container.connectionState) {
    case ConnectionState.Connected:
      return 'connected';
    case ConnectionState.Disconnected:
      return 'offline';
    default:
      return 'connecting';
  }
}

/** The organizer a valid genesis of this session names, normalised; null when it names none or is not one. */
function claimedOrganizer(stored: unknown, sessionId: string): string | null {
  const parsed = genesisSchema.safeParse(stored);
  if (!parsed.success || parsed.data.sessionId !== sessionId || parsed.data.organizerId === null) return null;
  return normalizeUserId(parsed.data.organizerId);
}

/**
 * The genesis this client folds from. With the host's organizer
 * (`hostDecides`), a stored genesis of this session is taken with its
 * organizer replaced by the host's, so every client that asked the host folds
 * alike; otherwise a genesis naming another organizer than the caller's is
 * not this meeting's, and this client's own is used.
 */
function readGenesis(stored: unknown, own: StoredGenesis, hostDecides: boolean): StoredGenesis {
  const parsed = genesisSchema.safeParse(stored);
  if (parsed.success && parsed.data.sessionId === own.sessionId) {
    const claimed = parsed.data.organizerId === null ? null : normalizeUserId(parsed.data.organizerId);
    if (hostDecides) {
      if (claimed !== own.organizerId) warn('a session genesis naming someone the host does not call the organizer');
      return { ...parsed.data, organizerId: own.organizerId };
    }
    if (own.organizerId === null || claimed === own.organizerId) return { ...parsed.data, organizerId: claimed };
  }
  if (stored !== undefined) warn('a session genesis that does not match this meeting');
  return own;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** Logs what a peer sent that was not taken; local state is untouched by it. */
function warn(what: string): void {
  console.warn(`Stagecoach: refused a change from a peer: ${what}.`);
}
