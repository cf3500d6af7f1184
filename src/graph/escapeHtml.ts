import { webAddress } from '../base';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Makes user-provided text safe to place in HTML text or a quoted attribute.
 * Every text a participant typed goes through this before it reaches an
 * invite body or a chat message.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Escaped text whose line breaks survive as `<br>`. */
export function escapeMultiline(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

/** An http(s) URL, escaped for an href; null for anything else (javascript:, data:, garbage). */
export function safeHref(url: string): string | null {
  const parsed = webAddress(url);
  return parsed ? escapeHtml(parsed.href) : null;
}
