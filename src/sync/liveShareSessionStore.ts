import { AzureFunctionTokenProvider, type AzureLocalConnectionConfig, type AzureRemoteConnectionConfig } from '@fluidframework/azure-client';
import { LivePresence, LiveShareClient, LiveTimer, PresenceState, type ILiveShareHost } from '@microsoft/live-share';
import { ConnectionState, SharedMap, type ContainerSchema, type IFluidContainer } from 'fluid-framework';
import { z } from 'zod';
import { roleOf } from '../domain';
import type { Clock, ConnectionStatus, LiveShareHostHandle, PresentUser, SessionStore } from '../ports';
import { LocalDevTokenProvider } from './localTokenProvider';
import { wrapLiveTimer } from './liveShareTimer';
import { LogSessionStore, type Self } from './logSessionStore';
import { SessionLog, type Genesis, type LoggedOp } from './sessionLog';
import { createSenderCheck, type SenderCheck, type SenderIdentity } from './senderIdentity';

/**
 * Which Fluid service holds the session.
 * - omitted: the one the Live Share host names (inside Teams: Microsoft's, per meeting);
 * - `local`: a tinylicious on this machine (simulator, tests), unsigned tokens;
 * - `azure`: the customer's own Azure Fluid Relay, for retention beyond the
 *   meeting; `tokenUrl` is their token function (AzureFunctionTokenProvider),
 *   which must sign tokens whose user id is the signed-in user's.
 */
export type LiveShareConnection =
  | { type: 'local'; endpoint: string }
  | { type: 'azure'; endpoint: string; tenantId: string; tokenUrl: string };

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
   * Defaults to `token` for a local server (whose test host knows no users) and `host` otherwise.
   */
  identity?: SenderIdentity;
}

/** The Fluid objects of one session's container. */
const schema = {
  initialObjects: {
    // Append-only: op:<envelope id> → LoggedOp, plus the genesis. No key is
    // ever written twice, so concurrent edits never touch the same key.
    ops: SharedMap,
    // Who has the panel open; transient, as presence should be.
    presence: LivePresence,
    // The optional shared per-stage timer; off until the coach starts it.
    // (Containers made before it existed have none: their panels offer no timer.)
    timer: LiveTimer,
  },
} satisfies ContainerSchema;

const GENESIS_KEY = 'genesis';
const OP_PREFIX = 'op:';

const genesisSchema = z.object({
  sessionId: z.string().min(1).max(256),
  organizerId: z.string().min(1).max(128).nullable(),
  at: z.number().int().nonnegative(),
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
 * Every value from a peer is untrusted: it must be a well-formed op under its
 * own key, its actor must be the user the sender is known to be, and it then
 * goes through SessionLog.merge (schema and the domain's role rules).
 */
export async function openLiveShareSessionStore(options: LiveShareStoreOptions): Promise<SessionStore> {
  const { sessionId, organizerId, self, clock } = options;
  const host = options.host as unknown as ILiveShareHost;
  const connection = options.connection ?? (await connectionNamedBy(host));
  const identity = options.identity ?? (connection?.type === 'local' ? 'token' : 'host');
  const ownGenesis: Genesis = { sessionId, organizerId, at: clock.now() };

  const client = new LiveShareClient(host, { connection: fluidConnection(connection, self) });
  const { container } = await client.joinContainer(schema, (created) => {
    // Only the creator writes this, before the container is attached, so it
    // is in the container from the start: the first writer wins.
    (created.initialObjects.ops as SharedMap).set(GENESIS_KEY, ownGenesis);
  });
  const ops = container.initialObjects.ops as SharedMap;
  const presence = container.initialObjects.presence as LivePresence<PresenceData>;
  const senderOf = createSenderCheck(identity, host, ops);

  // What the container held when we joined (its snapshot and the ops since)
  // passes the schema and the domain's rules; who sent it cannot be told any more.
  const genesis = readGenesis(ops.get(GENESIS_KEY), ownGenesis);
  const log = new SessionLog(genesis);
  const held: unknown[] = [];
  for (const [key, value] of ops) {
    if (key === GENESIS_KEY) continue;
    if (opKeyMatches(key, value)) held.push(value);
    else warn(`a value under an unknown or mismatched key (${truncate(key)})`);
  }
  const { invalid } = log.merge(held);
  if (invalid > 0) warn(`${invalid} invalid change(s) stored in the session`);

  /** Ops we accepted, by key, to put back if a peer deletes or overwrites them. */
  const accepted = new Map<string, LoggedOp>(log.entries.map((op) => [OP_PREFIX + op.envelope.id, op]));
  const write = (op: LoggedOp) => {
    const key = OP_PREFIX + op.envelope.id;
    accepted.set(key, op);
    try {
      // Applied locally at once; Fluid keeps it pending while offline and sends it on reconnect.
      ops.set(key, op);
    } catch (error) {
      // The container is gone (closed for good): the change stays in this panel only.
      console.warn(`Stagecoach: could not store a change (${error instanceof Error ? error.message : String(error)}).`);
    }
  };

  const store = new LogSessionStore(log, self, clock, write, statusOf(container));

  // Remote changes, in the order Fluid sequenced them; checks that wait on the host stay in order.
  let queue = Promise.resolve();
  const onOp = (message: { clientId: string | null; contents: unknown }, local: boolean) => {
    if (local) return;
    const sender = senderOf(message.clientId);
    queue = queue.then(() => handleRemote(message.contents, sender)).catch((error: unknown) => {
      warn(`a change could not be checked (${error instanceof Error ? error.message : String(error)})`);
    });
  };
  const handleRemote = async (contents: unknown, sender: SenderCheck) => {
    const parsed = mapOpSchema.safeParse(contents);
    if (!parsed.success) return warn('a malformed map operation');
    const { type, key } = parsed.data;
    if (type !== 'set' || key === undefined) {
      // delete / clear: never sent by Stagecoach. Put back what we hold so latecomers still get it.
      warn(`a "${type}" of stored changes (putting them back)`);
      return restore();
    }
    if (key === GENESIS_KEY) {
      warn('a rewrite of the session genesis');
      return;
    }
    const value = parsed.data.value?.value;
    const known = accepted.get(key);
    if (known) {
      // A peer putting back what we hold (see restore) is no news.
      if (JSON.stringify(value) === JSON.stringify(known)) return;
      warn(`a rewrite of an existing change (${truncate(key)}, putting it back)`);
      return restore();
    }
    if (!opKeyMatches(key, value)) return warn(`a value under an unknown or mismatched key (${truncate(key)})`);
    const actorId = (value as { envelope: { actorId: unknown } }).envelope.actorId;
    const userId = await sender;
    if (userId === undefined) return warn(`a change from a client whose user is unknown (${truncate(key)})`);
    if (actorId !== userId) return warn(`a change claiming to be by ${String(actorId)} sent by ${userId}`);
    const { added, invalid } = log.merge([value]);
    if (invalid > 0) return warn(`an invalid change (${truncate(key)})`);
    if (added > 0) {
      accepted.set(key, log.entries.find((op) => OP_PREFIX + op.envelope.id === key)!);
      store.refresh();
    }
  };
  const restore = () => {
    for (const [key, op] of accepted) {
      if (JSON.stringify(ops.get(key)) !== JSON.stringify(op)) ops.set(key, op);
    }
  };
  ops.on('op', onOp);

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
      if (!data.success || present.has(data.data.userId)) continue;
      const claimed = data.data;
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

  // Anyone may send timer changes as far as Live Share can tell; only the coach's panel does.
  const liveTimer = container.initialObjects.timer as LiveTimer | undefined;
  const timer = liveTimer
    ? wrapLiveTimer(liveTimer, () => {
        const session = store.getSnapshot().session;
        return session !== null && roleOf(session, self.userId) === 'coach';
      })
    : undefined;
  if (timer) {
    try {
      await timer.initialize();
      store.timer = timer;
    } catch (error) {
      // The session works without it.
      console.warn(`Stagecoach: the stage timer is unavailable (${error instanceof Error ? error.message : String(error)}).`);
    }
  }

  const joined = store.joinIfNeeded();
  if (!joined.ok) {
    container.dispose();
    throw new Error(`Could not join the session: ${joined.reason}`);
  }

  const close = store.close.bind(store);
  store.close = () => {
    ops.off('op', onOp);
    presence.off('presenceChanged', onPresence);
    container.off('connected', onConnection);
    container.off('disconnected', onConnection);
    container.off('disposed', onConnection);
    presence.dispose();
    timer?.dispose();
    container.dispose();
    close();
  };
  return store;
}

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

/** The genesis in the container, if it is one for this session; ours otherwise. */
function readGenesis(stored: unknown, own: Genesis): Genesis {
  const parsed = genesisSchema.safeParse(stored);
  // The organizer decides who coaches: a genesis naming another organizer than
  // the one this client's host reports is not this meeting's.
  const organizerFits = (organizerId: string | null) => own.organizerId === null || organizerId === own.organizerId;
  if (parsed.success && parsed.data.sessionId === own.sessionId && organizerFits(parsed.data.organizerId)) {
    return parsed.data;
  }
  if (stored !== undefined) warn('a session genesis that does not match this meeting');
  return own;
}

/** True when `value` looks like a LoggedOp stored under its own id. (SessionLog.merge checks the rest.) */
function opKeyMatches(key: string, value: unknown): boolean {
  if (!key.startsWith(OP_PREFIX) || typeof value !== 'object' || value === null) return false;
  const envelope = (value as { envelope?: unknown }).envelope;
  if (typeof envelope !== 'object' || envelope === null) return false;
  return (envelope as { id?: unknown }).id === key.slice(OP_PREFIX.length);
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** Logs what a peer sent that was not taken; local state is untouched by it. */
function warn(what: string): void {
  console.warn(`Stagecoach: refused a change from a peer: ${what}.`);
}
