/** RFC 5321's longest mailbox. */
export const MAIL_ADDRESS_MAX = 254;

/**
 * `value`, trimmed, when it is shaped like an email address (something, one
 * @, a dotted domain, no spaces) and no longer than a mailbox may be; null
 * for anything else. For the sign-in names and addresses a host hands over
 * (Teams' context, Outlook's auth context): a loose shape, not a proof.
 */
export function mailShaped(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed.length <= MAIL_ADDRESS_MAX && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) ? trimmed : null;
}
