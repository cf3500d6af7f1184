// Graph names zones two ways: IANA names (what Stagecoach sends) and Windows
// names ("W. Europe Standard Time"), which Exchange uses for mailbox settings
// and working hours. CLDR's windowsZones table (windows-iana) maps the latter.
import { Temporal } from 'temporal-polyfill';
import { WINDOWS_TO_IANA_MAP } from 'windows-iana';

let windowsZones: Map<string, readonly string[]> | undefined;

/** Windows name (lower case) → its IANA zones for territory 001, CLDR's "golden" zone first. */
function windowsTable(): Map<string, readonly string[]> {
  if (!windowsZones) {
    windowsZones = new Map();
    for (const row of WINDOWS_TO_IANA_MAP) {
      if (row.territory === '001') windowsZones.set(row.windowsName.toLowerCase(), row.iana);
    }
  }
  return windowsZones;
}

const known = new Map<string, string | null>();

/**
 * The runtime's id for a named IANA zone, or null. Offset zones ("+01:00")
 * are not names: Graph takes neither them nor a zone it cannot name.
 */
export function namedZone(name: string): string | null {
  const cached = known.get(name);
  if (cached !== undefined) return cached;
  let id: string | null = null;
  if (/^[A-Za-z]/.test(name)) {
    try {
      id = Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(name).timeZoneId;
    } catch {
      id = null;
    }
  }
  if (known.size >= 1000) known.clear(); // names come from Graph's answers: keep the cache small
  known.set(name, id);
  return id;
}

/** Whether the runtime knows this IANA zone name. */
export const isKnownTimeZone = (name: string): boolean => namedZone(name) !== null;

/**
 * The IANA zone a zone name from Graph stands for: an IANA name as it is, a
 * Windows name through CLDR's table; null for anything else (a custom zone
 * Exchange describes only by its offsets, say).
 */
export function ianaZone(name: string): string | null {
  const trimmed = name.trim();
  const iana = namedZone(trimmed);
  if (iana !== null) return iana;
  for (const candidate of windowsTable().get(trimmed.toLowerCase()) ?? []) {
    const id = namedZone(candidate);
    if (id !== null) return id;
  }
  return null;
}
