// FNV-1a, 128 bits: a small, synchronous, deterministic hash. Not for
// secrecy; only so the same follow-up always names the same transaction.
const FNV_OFFSET = 0x6c62272e07bb014262b821756295c58dn;
const FNV_PRIME = 0x0000000001000000000000000000013bn;
const MASK = (1n << 128n) - 1n;

function fnv1a128(text: string): bigint {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK;
  }
  return hash;
}

/**
 * Graph's `transactionId` for a session's follow-up: a GUID-shaped string
 * derived only from the session id, so a retry, a double click or a reload
 * names the same transaction and Graph returns the event it already made.
 * The time and kind are deliberately left out: if a response was lost and
 * the coach then changed the time, a new id would make a second event.
 * Instead the gateway moves the event that comes back to the new time.
 */
export function followUpTransactionId(sessionId: string): string {
  const hex = fnv1a128(`stagecoach/follow-up/v1/${sessionId}`).toString(16).padStart(32, '0').split('');
  hex[12] = '8'; // version 8: a custom, name-derived UUID (RFC 9562)
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16); // RFC variant
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The id of the summary card's attachment, which the message body names in
 * `<attachment id="…">`: 32 hex digits, as Graph's own examples, derived
 * from the session id so the same summary is always the same request.
 */
export function chatCardAttachmentId(sessionId: string): string {
  return fnv1a128(`stagecoach/chat-card/v1/${sessionId}`).toString(16).padStart(32, '0');
}
