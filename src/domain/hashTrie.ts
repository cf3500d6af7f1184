/**
 * A persistent map from string keys, for the one collection of a session
 * that grows with its log (the timeline, up to LIMITS.timelineEntries).
 * Adding a key copies one path of small nodes and shares the rest, so it
 * costs the same at the 5,000th key as at the first; copying a record costs
 * the whole record, which made folding a long log quadratic.
 *
 * Plain objects and arrays all the way down (a state stays cloneable and
 * comparable), at most eight levels deep, and one shape for one set of keys
 * whatever order they were added in.
 */
export type HashTrie<V> = Bucket<V> | Branch<V>;

/** At most BUCKET keys, sorted by key. */
interface Bucket<V> {
  readonly bucket: readonly (readonly [string, V])[];
}

/** WIDTH children, by the next BITS bits of the key's hash. */
interface Branch<V> {
  readonly branch: readonly (HashTrie<V> | null)[];
}

const BITS = 5;
const WIDTH = 1 << BITS;
const BUCKET = 8;
/** Below this depth the 32-bit hash has no bits left: buckets there only grow (keys with equal hashes). */
const MAX_DEPTH = Math.ceil(32 / BITS);

export function emptyTrie<V>(): HashTrie<V> {
  return { bucket: [] };
}

export function trieGet<V>(trie: HashTrie<V>, key: string): V | undefined {
  const hash = hashOf(key);
  let node = trie;
  for (let depth = 0; 'branch' in node; depth++) {
    const child = node.branch[slot(hash, depth)];
    if (!child) return undefined;
    node = child;
  }
  return node.bucket.find(([k]) => k === key)?.[1];
}

/** A trie with `key` set to `value`; `trie` is left as it was. */
export function trieSet<V>(trie: HashTrie<V>, key: string, value: V): HashTrie<V> {
  return setAt(trie, key, hashOf(key), value, 0);
}

/** Every value, in no particular order. */
export function trieValues<V>(trie: HashTrie<V>): V[] {
  const values: V[] = [];
  const walk = (node: HashTrie<V> | null): void => {
    if (node === null) return;
    if ('branch' in node) node.branch.forEach(walk);
    else for (const [, value] of node.bucket) values.push(value);
  };
  walk(trie);
  return values;
}

function setAt<V>(node: HashTrie<V> | null, key: string, hash: number, value: V, depth: number): HashTrie<V> {
  if (node === null) return { bucket: [[key, value]] };
  if ('branch' in node) {
    const branch = node.branch.slice();
    const i = slot(hash, depth);
    branch[i] = setAt(branch[i] ?? null, key, hash, value, depth + 1);
    return { branch };
  }
  // Plain comparison, not localeCompare: the shape must not depend on the client.
  const bucket = node.bucket.filter(([k]) => k !== key);
  const at = bucket.findIndex(([k]) => k > key);
  bucket.splice(at === -1 ? bucket.length : at, 0, [key, value]);
  if (bucket.length <= BUCKET || depth >= MAX_DEPTH) return { bucket };
  let split: HashTrie<V> = { branch: new Array<HashTrie<V> | null>(WIDTH).fill(null) };
  for (const [k, v] of bucket) split = setAt(split, k, hashOf(k), v, depth);
  return split;
}

function slot(hash: number, depth: number): number {
  return (hash >>> (depth * BITS)) & (WIDTH - 1);
}

/** FNV-1a, 32 bits: cheap, and the same on every client. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
