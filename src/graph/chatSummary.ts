// The session summary for the meeting chat as HTML: the fallback where Teams
// refuses the card (chatCard.ts). Teams refuses a message over
// about 28 KB, and a plan may hold 200 steps of 500 characters, each escaped,
// so the summary is fitted: as many next steps as fit (earliest due first),
// then only the follow-up and the link to the notes. Pure, tested in Node.
import type { ChatMessage } from '@microsoft/microsoft-graph-types';
import type { FollowUpRequest } from '../ports';
import { escapeHtml, safeHref } from './escapeHtml';
import { mostThatFit, utf8Bytes } from './fitting';
import { byDue, inDirection, planHtml } from './requests';

/**
 * The most UTF-8 bytes a summary's HTML takes: under Teams' 28 KB, since
 * Teams counts the message as it stores it, which is a little larger.
 */
export const CHAT_SUMMARY_MAX_BYTES = 24 * 1024;

const heading = (request: FollowUpRequest) => `<p><b>${escapeHtml(request.words.summaryHeading)}</b></p>`;

/** When the follow-up is, in the coach's zone (named), and how long: worded by the caller. */
const when = (request: FollowUpRequest) => `<p>${escapeHtml(request.words.followUpTime)}</p>`;

/** The summary with the first `kept` next steps by due date, and a line for the rest. */
function withSteps(request: FollowUpRequest, kept: number): string {
  const steps = byDue(request.nextSteps);
  const plan = planHtml({ ...request, nextSteps: steps.slice(0, kept) });
  const left = steps.length - kept;
  const more = left > 0 ? `\n<p>${escapeHtml(request.words.moreSteps(left))}</p>` : '';
  return inDirection(request.words, `${heading(request)}\n${plan}${more}\n${when(request)}`);
}

/** When not even the plan's texts fit: the follow-up and where the plan is. */
function pointer(request: FollowUpRequest): string {
  const { words } = request;
  const href = safeHref(request.notesUrl);
  const where = href ? `<a href="${href}">${escapeHtml(words.notesLink)}</a>` : escapeHtml(words.seeNotes);
  return inDirection(words, `${heading(request)}\n<p>${escapeHtml(words.planTooLong)}</p>\n<p>${where}</p>\n${when(request)}`);
}

/** The summary as HTML, at most `maxBytes`: every typed text escaped. */
export function summaryHtml(request: FollowUpRequest, maxBytes = CHAT_SUMMARY_MAX_BYTES): string {
  const kept = mostThatFit(request.nextSteps.length, (n) => utf8Bytes(withSteps(request, n)) <= maxBytes);
  return kept >= 0 ? withSteps(request, kept) : pointer(request);
}

/**
 * `POST /chats/{id}/messages`: the session summary as HTML, fitted to what
 * Teams takes. Only sent where Teams refuses the card (chatCard.ts).
 */
export function htmlChatMessage(request: FollowUpRequest): ChatMessage {
  return { body: { contentType: 'html', content: summaryHtml(request) } };
}
