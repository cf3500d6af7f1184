import type { UserId } from './session';

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** Some Teams clients report a user as the user's id followed by other GUIDs (e.g. the tenant's), joined with dots. */
const COMPOUND = new RegExp(`^([^.]+)((\\.${GUID})+)$`, 'i');

/**
 * One spelling for a user id, wherever it came from (the Teams context, the
 * Live Share host, a token): trimmed, lower case (Entra object ids are
 * case-insensitive GUIDs), and the user's own id out of a compound form.
 * Every comparison of users goes through it, so like is compared with like.
 */
export function normalizeUserId(raw: string): UserId {
  const id = raw.trim().toLowerCase();
  return COMPOUND.exec(id)?.[1] ?? id;
}
