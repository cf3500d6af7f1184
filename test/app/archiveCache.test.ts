import type { DeviceKeyValue } from '../../src/ports';
import { createArchiveTextCache } from '../../src/app';

/** The device's store in a Map, as IndexedDB would keep it; every call recorded. */
function mapDevice() {
  const values = new Map<string, unknown>();
  const calls: string[] = [];
  const device: DeviceKeyValue = {
    async get(key) {
      calls.push('get');
      return structuredClone(values.get(key));
    },
    async set(key, value) {
      calls.push('set');
      values.set(key, structuredClone(value));
    },
    async update(key, change) {
      calls.push('update');
      values.set(key, structuredClone(change(structuredClone(values.get(key)))));
    },
    async delMany(keys) {
      calls.push('delMany');
      for (const key of keys) values.delete(key);
    },
    async keys() {
      calls.push('keys');
      return [...values.keys()];
    },
  };
  const texts = () => [...values.keys()].filter((k) => k !== 'manifest').length;
  return { device, values, calls, texts };
}

const T0 = Date.UTC(2026, 11, 7, 9, 0);

describe('the device cache of session texts', () => {
  it('is per user: another account on the same device never finds a text', async () => {
    const d = mapDevice();
    const alex = createArchiveTextCache(d.device, 'u-alex', { now: () => T0 });
    const sam = createArchiveTextCache(d.device, 'u-sam', { now: () => T0 });
    await alex.put('s-1', '"v1"', 'Alex’s copy');
    expect(await alex.get('s-1', '"v1"')).toBe('Alex’s copy');
    expect(await sam.get('s-1', '"v1"')).toBeNull();
    await sam.put('s-1', '"v1"', 'Sam’s copy');
    expect([await alex.get('s-1', '"v1"'), await sam.get('s-1', '"v1"')]).toEqual(['Alex’s copy', 'Sam’s copy']);
  });

  it('keeps one version per session: a newer one replaces the older', async () => {
    const d = mapDevice();
    const cache = createArchiveTextCache(d.device, 'u-alex', { now: () => T0 });
    await cache.put('s-1', '"v1"', 'first');
    await cache.put('s-1', '"v2"', 'second');
    expect(await cache.get('s-1', '"v1"')).toBeNull();
    expect(await cache.get('s-1', '"v2"')).toBe('second');
    expect(d.texts()).toBe(1);
  });

  it('stays within its bounds, the oldest kept going first', async () => {
    const d = mapDevice();
    let now = T0;
    const cache = createArchiveTextCache(d.device, 'u-alex', { now: () => (now += 1000), limits: { maxFiles: 3, maxChars: 30 } });
    for (const id of ['s-1', 's-2', 's-3', 's-4']) await cache.put(id, '"v1"', `text ${id}`);
    expect(await cache.get('s-1', '"v1"')).toBeNull();
    expect(await cache.get('s-4', '"v1"')).toBe('text s-4');
    expect(d.texts()).toBe(3);
    // Characters count too: a long text pushes out what no longer fits beside it (8 + 8 + 8 + 15 > 30).
    await cache.put('s-5', '"v1"', 'x'.repeat(15));
    expect([await cache.get('s-3', '"v1"'), await cache.get('s-4', '"v1"')]).toEqual([null, 'text s-4']);
    expect(d.texts()).toBe(2);
    // One larger than the whole cache is not kept at all.
    await cache.put('s-6', '"v1"', 'x'.repeat(31));
    expect(await cache.get('s-6', '"v1"')).toBeNull();
  });

  it('starts over when its list of what it keeps is damaged, leaving nothing unlisted behind', async () => {
    const d = mapDevice();
    const cache = createArchiveTextCache(d.device, 'u-alex', { now: () => T0 });
    await cache.put('s-1', '"v1"', 'one');
    await cache.put('s-2', '"v1"', 'two');
    d.values.set('manifest', { not: 'a list' });
    await cache.put('s-3', '"v1"', 'three');
    expect([await cache.get('s-1', '"v1"'), await cache.get('s-3', '"v1"')]).toEqual([null, 'three']);
    expect(d.texts()).toBe(1);
  });

  it('never hands back what is not text', async () => {
    const d = mapDevice();
    const cache = createArchiveTextCache(d.device, 'u-alex', { now: () => T0 });
    await cache.put('s-1', '"v1"', 'one');
    for (const key of d.values.keys()) if (key !== 'manifest') d.values.set(key, { text: 'one' });
    expect(await cache.get('s-1', '"v1"')).toBeNull();
  });

  it('stops asking a device that refused, and never rejects', async () => {
    const d = mapDevice();
    d.device.get = () => {
      d.calls.push('get');
      return Promise.reject(new DOMException('IndexedDB is not available here.', 'InvalidStateError'));
    };
    const cache = createArchiveTextCache(d.device, 'u-alex', { now: () => T0 });
    expect(await cache.get('s-1', '"v1"')).toBeNull();
    await cache.put('s-1', '"v1"', 'one');
    expect(await cache.get('s-1', '"v1"')).toBeNull();
    expect(d.calls).toEqual(['get']);
  });
});
