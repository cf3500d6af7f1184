import type { LiveEvent } from '@microsoft/live-share';
import { z } from 'zod';
import { isHash } from './wireOp';

/** How long after this user's last change its heads are sent again: one signal per burst of typing. */
const REPEAT_MS = 2_000;
const MAX_HEADS = 32;

/**
 * The live, sender-checked channel over which each author vouches for their
 * own ops (a Live Share LiveEvent: signals, never stored). `ask` asks every
 * present client to vouch; `heads` is a client's own latest hashes.
 */
const messageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ask') }),
  z.object({ kind: z.literal('heads'), heads: z.array(z.string().refine(isHash)).max(MAX_HEADS) }),
]);
type Message = z.infer<typeof messageSchema>;

export interface AttestationChannel {
  /** Asks everyone present to vouch, and vouches for our own; resolves with this client's Fluid client id, once known. */
  start(): Promise<string | undefined>;
  /** Sends our heads again soon (after a local change): heals anything a receiver could not check live. */
  soon(): void;
  dispose(): void;
}

export function attestationChannel(
  event: LiveEvent<Message>,
  ownHeads: () => string[],
  /** A peer vouched for these hashes; `clientId` is the sender the service stamped on the signal. */
  onHeads: (heads: string[], clientId: string) => void,
): AttestationChannel {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const sendHeads = () => {
    const heads = ownHeads().slice(-MAX_HEADS);
    if (heads.length > 0) event.send({ kind: 'heads', heads }).catch(() => undefined);
  };
  const onReceived = (raw: unknown, local: boolean, clientId: string) => {
    if (local) return;
    const message = messageSchema.safeParse(raw);
    if (!message.success) return;
    if (message.data.kind === 'ask') sendHeads();
    else onHeads(message.data.heads, clientId);
  };
  event.on('received', onReceived);
  return {
    async start() {
      await event.initialize();
      const sent = await event.send({ kind: 'ask' });
      sendHeads();
      return sent.clientId ?? undefined;
    },
    soon() {
      clearTimeout(timer);
      timer = setTimeout(sendHeads, REPEAT_MS);
    },
    dispose() {
      clearTimeout(timer);
      event.off('received', onReceived);
      event.dispose();
    },
  };
}
