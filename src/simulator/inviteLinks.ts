// The links an event's HTML body carries, as a mail client would offer them:
// read from text Graph gave (untrusted), so only http(s) addresses are kept,
// and the link texts are plain text (React escapes them again when shown).
import { webAddress } from '../base';

/** A link in an invite or a task: where it goes and what it says. */
export interface ShownLink {
  href: string;
  text: string;
}

/** Enough for any invite the app writes; a body full of links cannot fill the view. */
export const MAX_LINKS = 5;
const MAX_TEXT = 200;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HTML's character references, as a browser reads them in text and attributes. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** An http(s) address, normalized; null for anything else (javascript:, data:, garbage). */
export const webLink = (value: string): string | null => webAddress(value.trim())?.toString() ?? null;

const oneLine = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_TEXT ? `${line.slice(0, MAX_TEXT - 1)}…` : line;
};

/** The http(s) links of an HTML body, in order, each with its text (its address when it has none). */
export function linksIn(html: string): ShownLink[] {
  const links: ShownLink[] = [];
  for (const anchor of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi)) {
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(anchor[1] ?? '');
    const address = href && webLink(decodeEntities(href[1] ?? href[2] ?? href[3] ?? ''));
    if (!address) continue;
    const text = oneLine(decodeEntities((anchor[2] ?? '').replace(/<[^>]*>/g, ' ')));
    links.push({ href: address, text: text || address });
    if (links.length === MAX_LINKS) break;
  }
  return links;
}
