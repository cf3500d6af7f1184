import type { ILiveShareHost } from '@microsoft/live-share';
import type { SharedMap } from 'fluid-framework';
import { normalizeUserId } from '../domain';
import type { TrustMemory } from './deviceTrust';
import type { OwnIdentity } from './senderIdentity';

/** How often clients the host did not know yet are asked about again (Live Share registers a client on its first live object's start). */
const ASK_AGAIN_MS = 1_000;
/**
 * After how many of those rounds a client the host said is no organizer is
 * asked again, while no organizer is known: Teams' roster may briefly answer
 * Guest for someone in the meeting (Live Share's own presence works around
 * it), and an answer kept for good would leave a panel waiting.
 */
const ASK_NOT_ORGANIZER_AGAIN_ROUNDS = 3;

export interface OrganizerChoice {
  /** This client's own identity, as the host registered it. */
  me: OwnIdentity;
  /** The organizer the stored genesis names: a claim by whoever created the container, normalised. */
  claimed: string | null;
  /** What this device saw the host say before, in this session. */
  memory: Pick<TrustMemory, 'organizer' | 'rememberOrganizer'>;
  /** Called once when no organizer is known yet, before waiting for one to open the session. */
  onWaiting?: () => void;
}

/**
 * The meeting's organizer, from the Live Share host's roles alone: this
 * client's own, or those of a client in the container whose user the host
 * gives the Organizer role; else what this device saw the host say earlier in
 * this session. Until one of these names someone it waits, so the session
 * never folds under an organizer only the container (anyone's word) names.
 * Among several organizers (co-organizers) the genesis's claim wins when the
 * host confirms it, else the lowest id: the same answer in every client that
 * sees the same organizers.
 */
export async function organizerByHost(host: ILiveShareHost, map: SharedMap, choice: OrganizerChoice): Promise<string> {
  const { me, claimed, memory } = choice;
  const pick = (organizers: ReadonlySet<string>) =>
    claimed !== null && organizers.has(claimed) ? claimed : ([...organizers].sort()[0] ?? null);
  const remembered = memory.organizer();
  const known = new Set([...(me.organizer ? [me.userId] : []), ...(remembered !== null ? [remembered] : [])]);
  // The usual case (the organizer's own client, or a reload) needs no question to the host.
  if (claimed !== null && known.has(claimed)) {
    if (claimed !== remembered) memory.rememberOrganizer(claimed);
    return claimed;
  }
  const watch = watchOrganizers(host, map);
  try {
    const seen = new Set([...(await watch.scan()), ...known]);
    let organizer = pick(seen);
    if (organizer === null) {
      choice.onWaiting?.();
      organizer = pick(await watch.next());
    }
    if (organizer === null) throw new Error('The host named no organizer.');
    if (organizer !== remembered) memory.rememberOrganizer(organizer);
    return organizer;
  } finally {
    watch.stop();
  }
}

interface OrganizerWatch {
  /** Asks the host about every client in the container now; the organizers among them. */
  scan(): Promise<ReadonlySet<string>>;
  /** Resolves with the organizers once at least one client in the container is one. */
  next(): Promise<ReadonlySet<string>>;
  stop(): void;
}

/** Asks the host about each client in the container's audience (read and write clients alike), once it knows it. */
function watchOrganizers(host: ILiveShareHost, map: SharedMap): OrganizerWatch {
  const audience = (map as unknown as { runtime: AudienceRuntime }).runtime.getAudience();
  // clientId → its user's id, once the host gives them the Organizer role.
  const organizerOf = new Map<string, string>();
  // clientId → the round from which a client the host called no organizer is asked again.
  const askAgainFrom = new Map<string, number>();
  const organizers = new Set<string>();
  let round = 0;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let found: (() => void) | null = null;

  const ask = async (clientId: string) => {
    if (organizerOf.has(clientId) || (askAgainFrom.get(clientId) ?? 0) > round) return;
    const info = await host.getClientInfo(clientId).catch(() => undefined);
    if (!info?.userId || organizerOf.has(clientId)) return;
    if (!(info.roles ?? []).includes('Organizer' as never)) {
      askAgainFrom.set(clientId, round + ASK_NOT_ORGANIZER_AGAIN_ROUNDS);
      return;
    }
    const organizer = normalizeUserId(info.userId);
    organizerOf.set(clientId, organizer);
    organizers.add(organizer);
    found?.();
  };
  const scan = async () => {
    await Promise.all([...audience.getMembers().keys()].map(ask));
    return organizers;
  };
  const onMember = (clientId: string) => void ask(clientId);

  return {
    scan,
    next: () =>
      new Promise<ReadonlySet<string>>((resolve) => {
        found = () => {
          if (organizers.size > 0) resolve(organizers);
        };
        audience.on('addMember', onMember);
        const again = () => {
          if (stopped) return;
          round++;
          void scan().then(() => {
            if (!stopped && organizers.size === 0) timer = setTimeout(again, ASK_AGAIN_MS);
          });
        };
        again();
      }),
    stop() {
      stopped = true;
      found = null;
      if (timer !== undefined) clearTimeout(timer);
      audience.off('addMember', onMember);
    },
  };
}

/** The part of Fluid's data-store runtime read here (typed locally: that package is not a direct dependency). */
interface AudienceRuntime {
  getAudience(): {
    getMembers(): Map<string, unknown>;
    on(event: 'addMember', listener: (clientId: string) => void): void;
    off(event: 'addMember', listener: (clientId: string) => void): void;
  };
}
