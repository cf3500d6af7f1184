import { z } from 'zod';
import type { Clock, SessionStore } from '../ports';
import { LogSessionStore, type Self } from './logSessionStore';
import { SessionLog, type Genesis, type LoggedOp } from './sessionLog';

export interface BroadcastStoreOptions {
  sessionId: string;
  organizerId: string | null;
  self: Self;
  clock: Clock;
  /** Where the log survives a reload; defaults to localStorage when allowed. */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** How long to listen for a peer's copy before starting a new session. */
  discoveryMs?: number;
}

const genesisSchema = z.object({
  sessionId: z.string().min(1).max(256),
  organizerId: z.string().min(1).max(128).nullable(),
  at: z.number().int().nonnegative(),
});

// Ops stay `unknown` here: SessionLog.merge validates each one with the domain.
const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello') }),
  z.object({ type: z.literal('op'), op: z.unknown() }),
  z.object({ type: z.literal('log'), genesis: genesisSchema, ops: z.array(z.unknown()).max(20_000) }),
]);
type Message = z.infer<typeof messageSchema>;

const savedSchema = z.object({ genesis: genesisSchema, ops: z.array(z.unknown()) });

/**
 * Shares a session between same-origin pages (the simulator's panes) over
 * BroadcastChannel, and keeps it in localStorage so a reload restores it.
 * A stand-in until Live Share: same port, same domain validation.
 */
export async function openBroadcastSessionStore(options: BroadcastStoreOptions): Promise<SessionStore> {
  const { sessionId, organizerId, self, clock, discoveryMs = 300 } = options;
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const key = `stagecoach:session:${sessionId}`;
  const channel = new BroadcastChannel(`stagecoach:${sessionId}`);
  const post = (message: Message) => channel.postMessage(message);

  const saved = readSaved(storage, key, sessionId);
  // Filled by a peer's answer while we wait; a holder, since the callback sets it.
  const discovered: { copy: { genesis: Genesis; ops: unknown[] } | null; early: unknown[] } = { copy: null, early: [] };
  let log: SessionLog | null = null;
  let store: LogSessionStore | null = null;

  const persist = () => {
    if (!log || !storage) return;
    try {
      storage.setItem(key, JSON.stringify({ genesis: log.genesis, ops: log.entries }));
    } catch {
      // Storage full or refused: the session still lives in the open panes.
    }
  };
  const sendLog = () => log && post({ type: 'log', genesis: log.genesis, ops: [...log.entries] });

  channel.onmessage = (event: MessageEvent) => {
    const parsed = messageSchema.safeParse(event.data);
    if (!parsed.success) {
      console.warn('Stagecoach: dropped a malformed sync message.');
      return;
    }
    const message = parsed.data;
    if (!log) {
      if (message.type === 'log') discovered.copy = message;
      if (message.type === 'op') discovered.early.push(message.op);
      return;
    }
    if (message.type === 'hello') {
      sendLog();
      return;
    }
    const theirGenesis = message.type === 'log' ? message.genesis : null;
    const adopted = theirGenesis ? log.adoptGenesis(theirGenesis) : false;
    const { added, invalid } = log.merge(message.type === 'op' ? [message.op] : message.ops);
    if (invalid > 0) console.warn(`Stagecoach: dropped ${invalid} invalid change(s) from a peer.`);
    // A peer that started its own copy of the session learns ours (and the earlier genesis wins).
    if (theirGenesis && !adopted && theirGenesis.at !== log.genesis.at) sendLog();
    if (added > 0 || adopted) {
      persist();
      store?.refresh();
    }
  };

  post({ type: 'hello' });
  if (!saved) await delay(discoveryMs);

  const start = saved ?? discovered.copy ?? { genesis: { sessionId, organizerId, at: clock.now() }, ops: [] };
  log = new SessionLog(start.genesis);
  log.merge([...start.ops, ...discovered.early]);

  const publish = (op: LoggedOp) => {
    post({ type: 'op', op });
    persist();
  };
  store = new LogSessionStore(log, self, clock, publish);
  // Peers that opened meanwhile, or hold an older copy, catch up from ours.
  sendLog();
  persist();
  const joined = store.joinIfNeeded();
  if (!joined.ok) throw new Error(`Could not join the session: ${joined.reason}`);

  const close = store.close.bind(store);
  store.close = () => {
    channel.close();
    close();
  };
  return store;
}

function readSaved(
  storage: Pick<Storage, 'getItem'> | null,
  key: string,
  sessionId: string,
): { genesis: Genesis; ops: unknown[] } | null {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return null;
    const parsed = savedSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.genesis.sessionId === sessionId ? parsed.data : null;
  } catch {
    return null;
  }
}

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Sandboxed frames may refuse storage access outright.
    return null;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
