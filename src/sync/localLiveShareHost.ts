import { ContainerState, TestLiveShareHost, type ILiveShareHost } from '@microsoft/live-share';
import type { LiveShareHostHandle } from '../ports';

/** Where a meeting's container id is kept when there is no Teams service to keep it. */
export interface ContainerIdRegistry {
  get(): string | undefined;
  set(containerId: string): void;
}

/**
 * A Live Share host for the simulator and tests: Live Share's TestLiveShareHost
 * (every role, local clock) with the container id kept in `registry` instead
 * of the page's #hash, so panes and test clients of one meeting find the same
 * container. A second creator is told of the conflict and joins the first
 * one's container, as Teams would tell it.
 *
 * Only the simulator and tests should call this; inside Teams the entry passes
 * teams-js's LiveShareHost.create() instead.
 */
export function createLocalLiveShareHost(registry: ContainerIdRegistry): LiveShareHostHandle {
  const host: ILiveShareHost = TestLiveShareHost.create(
    () => registry.get(),
    (id) => registry.set(id),
  );
  const setFluidContainerId = host.setFluidContainerId.bind(host);
  host.setFluidContainerId = (containerId) => {
    const existing = registry.get();
    if (existing && existing !== containerId) {
      return Promise.resolve({ containerState: ContainerState.conflict, containerId: existing, shouldCreate: false, retryAfter: 0 });
    }
    return setFluidContainerId(containerId);
  };
  testHosts.add(host);
  return host as LiveShareHostHandle;
}

/** The hosts made here: they know no users, so a store over one reads identities from the tokens. */
const testHosts = new WeakSet<object>();
export const isLocalTestHost = (host: object): boolean => testHosts.has(host);

/** A registry in Storage (localStorage), shared by same-origin panes. */
export function storageContainerIds(storage: Pick<Storage, 'getItem' | 'setItem'>, meetingId: string): ContainerIdRegistry {
  const key = `stagecoach:fluid-container:${meetingId}`;
  return {
    get: () => storage.getItem(key) ?? undefined,
    set: (id) => storage.setItem(key, id),
  };
}
