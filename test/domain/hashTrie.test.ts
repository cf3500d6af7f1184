import { emptyTrie, trieGet, trieSet, trieValues, type HashTrie } from '../../src/domain/hashTrie';
import { deepFreeze } from '../fixtures/sessions';

const keys = (n: number) => Array.from({ length: n }, (_, i) => `key-${i}`);

function trieOf(ks: readonly string[]): HashTrie<number> {
  return ks.reduce((t, k) => trieSet(t, k, Number(k.slice(4))), emptyTrie<number>());
}

function depth(node: HashTrie<unknown> | null): number {
  if (node === null || 'bucket' in node) return 1;
  return 1 + Math.max(...node.branch.map(depth));
}

describe('hashTrie', () => {
  it('finds every key it was given, and none it was not', () => {
    const t = trieOf(keys(5000));
    expect(keys(5000).every((k, i) => trieGet(t, k) === i)).toBe(true);
    expect(trieGet(t, 'key-5000')).toBeUndefined();
    expect(trieGet(t, 'constructor')).toBeUndefined();
    expect(trieValues(t).sort((a, b) => a - b)).toEqual(keys(5000).map((_, i) => i));
    expect(depth(t)).toBeLessThanOrEqual(4);
  });

  it('leaves the trie it adds to as it was', () => {
    const before = deepFreeze(trieOf(keys(100)));
    const snapshot = structuredClone(before);
    const after = trieSet(before, '__proto__', 7);
    expect(before).toEqual(snapshot);
    expect(trieGet(before, '__proto__')).toBeUndefined();
    expect(trieGet(after, '__proto__')).toBe(7);
  });

  it('replaces the value of a key it already holds', () => {
    const t = trieSet(trieOf(keys(20)), 'key-3', 99);
    expect(trieGet(t, 'key-3')).toBe(99);
    expect(trieValues(t)).toHaveLength(20);
  });

  it('has one shape for one set of keys, whatever order they came in', () => {
    const ks = keys(300);
    expect(trieOf([...ks].reverse())).toEqual(trieOf(ks));
  });
});
