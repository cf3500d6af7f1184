/**
 * Session ids as OneDrive file names, and back. A Teams meeting id is base64
 * (it may hold "/" and "+"), and other hosts' ids may hold anything, while
 * OneDrive refuses `" * : < > ? / \ |` and more. So every UTF-8 byte outside
 * `A–Z a–z 0–9 - _ =` is written `~XX` (hex): the name is readable for the
 * usual ids, always legal, and decodes back to the very id.
 *
 * OneDrive compares names without case, and base64 ids differ by case alone
 * only in theory; should two ever share a name, the session id inside the
 * file tells them apart, and the archive keeper will not write over a file of
 * another session.
 */
/**
 * The history index (src/domain/historyIndex.ts): in the app folder itself,
 * beside the sessions folder, so no listing of sessions ever takes it for one.
 */
export const HISTORY_INDEX_FILE = 'history-index.json';

const SAFE_BYTE = /^[A-Za-z0-9\-_=]$/;
const SUFFIX = '.json';
/** Leaves room for the app folder's path in OneDrive's 400 characters. */
export const MAX_ARCHIVE_NAME = 200;

/** The file name for a session id, or null when the id is empty or its name would be too long. */
export function archiveFileName(sessionId: string): string | null {
  if (sessionId.length === 0) return null;
  let name = '';
  for (const byte of new TextEncoder().encode(sessionId)) {
    const char = String.fromCharCode(byte);
    name += SAFE_BYTE.test(char) ? char : `~${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  name += SUFFIX;
  return name.length <= MAX_ARCHIVE_NAME ? name : null;
}

/** The session id a file name stands for; null for any name archiveFileName would not have written. */
export function sessionIdFromFileName(name: string): string | null {
  if (!name.endsWith(SUFFIX)) return null;
  const body = name.slice(0, -SUFFIX.length);
  if (!/^(?:[A-Za-z0-9\-_=]|~[0-9A-F]{2})+$/.test(body)) return null;
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '~') {
      bytes.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(body.charCodeAt(i));
  }
  let sessionId: string;
  try {
    sessionId = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
  // Only the one spelling archiveFileName writes (no "~41" for "A"), so one id has one name.
  return archiveFileName(sessionId) === name ? sessionId : null;
}
