// The plan inside one occurrence's own body. The occurrence keeps what its
// organizer wrote (the agenda) and its online meeting; the plan is a section
// of its own between two HTML comments that name the session and a
// fingerprint of the plan, so it can be found again, compared without
// reading Exchange's rewritten HTML, and replaced in place. Pure, tested in Node.
import type { FollowUpRequest } from '../ports';
import { escapeMultiline } from './escapeHtml';
import { inDirection, planHtml } from './requests';
import { followUpTransactionId } from './transactionId';

/** An event's body as Graph gives it. */
export interface EventBody {
  contentType?: string | null;
  content?: string | null;
}

export type BodyUpdate =
  /** The body already carries exactly this plan: nothing to write. */
  | { changed: false }
  /** The body to PATCH (HTML). */
  | { changed: true; content: string };

const SECTIONS = /<!--\s*stagecoach:plan\s+(\S+)\s+(\S+)\s*-->[\s\S]*?<!--\s*\/stagecoach:plan\s*-->/g;
const END = '<!-- /stagecoach:plan -->';

/** FNV-1a, 64 bits: not for secrecy, only to tell one plan's HTML from another's. */
function fingerprint(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Names the session in the markers without its id: the follow-up's transaction id, derived from it. */
const sessionTag = (request: FollowUpRequest) => followUpTransactionId(request.sessionId);

/** The plan's section (its markers around the plan's HTML, every typed text escaped by planHtml) and its fingerprint. */
function sectionOf(request: FollowUpRequest): { html: string; print: string } {
  const plan = `<div>${inDirection(request.words, planHtml(request))}</div>`;
  const print = fingerprint(plan);
  return { html: `<!-- stagecoach:plan ${sessionTag(request)} ${print} -->${plan}${END}`, print };
}

/** The plan's section as it goes into a body. */
export const planSection = (request: FollowUpRequest): string => sectionOf(request).html;

/** The body as HTML: a plain-text body's text escaped, its line breaks kept. */
function asHtml(body: EventBody | null | undefined): string {
  const content = body?.content ?? '';
  return body?.contentType?.toLowerCase() === 'text' ? escapeMultiline(content) : content;
}

/**
 * The body with this session's plan in it: its section replaced where it
 * already is (a section of another session stays as it is), else added at the
 * end of the body. Unchanged when the section already carries this plan.
 */
export function withPlan(body: EventBody | null | undefined, request: FollowUpRequest): BodyUpdate {
  const html = asHtml(body);
  const { html: section, print } = sectionOf(request);
  const tag = sessionTag(request);
  for (const match of html.matchAll(SECTIONS)) {
    if (match[1] !== tag) continue;
    if (match[2] === print && body?.contentType?.toLowerCase() !== 'text') return { changed: false };
    const at = match.index;
    return { changed: true, content: `${html.slice(0, at)}${section}${html.slice(at + match[0].length)}` };
  }
  // Inside the document's body when Exchange gave a whole document, else at the end.
  const close = html.search(/<\/body\s*>(?![\s\S]*<\/body\s*>)/i);
  if (close >= 0) return { changed: true, content: `${html.slice(0, close)}${section}${html.slice(close)}` };
  return { changed: true, content: html.trim() ? `${html}\n${section}` : section };
}
