/**
 * Helpers for the id-keyed records of a session. Ids and user ids arrive from
 * other clients, so a plain `record[id]` could reach Object.prototype
 * (`"constructor"`, `"__proto__"`): every lookup goes through `own`.
 */

export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function has(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.hasOwn(record, key);
}

export function size(record: Readonly<Record<string, unknown>>): number {
  return Object.keys(record).length;
}

/** A copy with `key` set. A computed key defines an own property, even for "__proto__". */
export function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T): Record<string, T> {
  return { ...record, [key]: value };
}

export function withoutEntry<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  // fromEntries defines properties; `copy[k] = v` would hit the __proto__ setter.
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}
