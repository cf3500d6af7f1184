import type { ILiveShareHost } from '@microsoft/live-share';
import type { SharedMap } from 'fluid-framework';
import { normalizeUserId } from '../domain';

/**
 * Where a peer's user id comes from.
 * - `host`: the Live Share host's client registry. Inside Teams every client
 *   registers its Fluid client id with the Teams service, which knows the
 *   signed-in user; nothing the peer says about itself counts.
 * - `token`: the user id in the token the sender connected with, as the Fluid
 *   service stamped it on the sender's join (the quorum). Authentic when the
 *   service checks token signatures (Azure Fluid Relay with your own token
 *   function); on a local tinylicious it is only as good as the local tokens.
 */
export type SenderIdentity = 'host' | 'token';

/** The user id of the client that sent an op, or undefined when it cannot be told. */
export type SenderCheck = Promise<string | undefined>;

/**
 * Returns a function from a sender's Fluid client id to its user id. It must
 * be called while the op is being processed: the quorum is read at that
 * moment, when the sender is still a member, the same for every client.
 */
export function createSenderCheck(
  identity: SenderIdentity,
  host: ILiveShareHost,
  map: SharedMap,
): (clientId: string | null) => SenderCheck {
  if (identity === 'host') {
    const cache = new Map<string, SenderCheck>();
    return (clientId) => {
      if (!clientId) return Promise.resolve(undefined);
      let check = cache.get(clientId);
      if (!check) {
        check = host.getClientInfo(clientId).then(
          (info) => (info?.userId ? normalizeUserId(info.userId) : undefined),
          () => undefined,
        );
        cache.set(clientId, check);
        // A failed or empty answer may be a client not registered yet: ask again next time.
        void check.then((userId) => userId === undefined && cache.delete(clientId));
      }
      return check;
    };
  }
  // SharedObject keeps its data-store runtime protected; the quorum lives there.
  const runtime = (map as unknown as { runtime: MembershipRuntime }).runtime;
  return (clientId) => {
    if (!clientId) return Promise.resolve(undefined);
    const member = runtime.getQuorum().getMember(clientId) ?? undefined;
    const userId = member?.client.user.id ?? runtime.getAudience().getMember(clientId)?.user.id;
    return Promise.resolve(userId ? normalizeUserId(userId) : undefined);
  };
}

/** Who this client is: its user id, and whether the host names it the meeting's organizer. */
export interface OwnIdentity {
  userId: string;
  organizer: boolean;
}

/**
 * This client's own identity as the others will check it. With `host`, the
 * Live Share host's record of this client (its Fluid client id): that is the
 * id every peer compares our ops with, so it wins over the context's when
 * they are spelled differently. With `token`, the id in our own token.
 */
export async function ownIdentity(identity: SenderIdentity, host: ILiveShareHost, map: SharedMap, contextId: string): Promise<OwnIdentity> {
  if (identity === 'token') return { userId: contextId, organizer: false };
  const runtime = (map as unknown as { runtime: MembershipRuntime }).runtime;
  const clientId = runtime.clientId ?? (await connectedClientId(runtime));
  const ask = () => (clientId ? host.getClientInfo(clientId).catch(() => undefined) : Promise.resolve(undefined));
  let info = await ask();
  if (!info?.userId && clientId) {
    // Live Share registers a client with the host on its first live object's start; ours may come before that.
    await host.registerClientId(clientId).catch(() => undefined);
    info = await ask();
  }
  if (!info?.userId) {
    console.warn('Stagecoach: the Live Share host does not know this client yet; acting as the user Teams named.');
    return { userId: contextId, organizer: false };
  }
  const userId = normalizeUserId(info.userId);
  if (userId !== contextId) console.warn('Stagecoach: Teams names this user differently from its Live Share host; using the host’s id.');
  return { userId, organizer: (info.roles ?? []).includes('Organizer' as never) };
}

function connectedClientId(runtime: MembershipRuntime): Promise<string | undefined> {
  return new Promise((resolve) => {
    runtime.once('connected', (clientId: string) => resolve(clientId));
  });
}

/** The part of Fluid's IFluidDataStoreRuntime read here (typed locally: that package is not a direct dependency). */
interface MembershipRuntime {
  readonly clientId: string | undefined;
  once(event: 'connected', listener: (clientId: string) => void): void;
  getQuorum(): { getMember(clientId: string): { client: { user: { id: string } } } | undefined };
  getAudience(): { getMember(clientId: string): { user: { id: string } } | undefined };
}
