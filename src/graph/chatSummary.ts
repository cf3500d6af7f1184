// The session summary for the meeting chat. Teams refuses a message over
// about 28 KB, and a plan may hold 200 steps of 500 characters, each escaped,
// so the summary is fitted: as many next steps as fit (earliest due first),
// then only the follow-up and the link to the notes. Pure, tested in Node.
import type { ChatMessage } from '@microsoft/microsoft-graph-types';
import type { FollowUpRequest } from '../ports';
import { escapeHtml, safeHref } from './escapeHtml';
import { followUpTimeText, KIND_TITLE, planHtml } from './requests';

/**
 * The most UTF-8 bytes a summary's HTML takes: under Teams' 28 KB, since
 * Teams counts the message as it stores it, which is a little larger.
 */
export const CHAT_SUMMARY_MAX_BYTES = 24 * 1024;

const bytes = (html: string) => new TextEncoder().encode(html).length;

const HEADING = '<p><b>Coaching session summary</b></p>';

const when = (request: FollowUpRequest) =>
  `<p>${KIND_TITLE[request.kind]} on the calendar: ${escapeHtml(followUpTimeText(request.start, request.timeZone))}, ${request.durationMinutes} min.</p>`;

/** The summary with the first `kept` next steps by due date, and a line for the rest. */
function withSteps(request: FollowUpRequest, kept: number): string {
  const steps = [...request.nextSteps].sort((a, b) => a.due.localeCompare(b.due));
  const plan = planHtml({ ...request, nextSteps: steps.slice(0, kept), attendeeName: request.attendee.displayName });
  const left = steps.length - kept;
  const more = left > 0 ? `\n<p>And ${left} more next ${left === 1 ? 'step' : 'steps'}: see the session notes in Stagecoach.</p>` : '';
  return `${HEADING}\n${plan}${more}\n${when(request)}`;
}

/** When not even the plan's texts fit: the follow-up and where the plan is. */
function pointer(request: FollowUpRequest): string {
  const href = safeHref(request.notesUrl);
  const where = href ? `<a href="${href}">Open the session notes in Stagecoach</a>` : 'See the session notes in Stagecoach';
  return `${HEADING}\n<p>The plan is too long for a chat message. ${where}.</p>\n${when(request)}`;
}

/** The summary as HTML, at most `maxBytes`: every typed text escaped. */
export function summaryHtml(request: FollowUpRequest, maxBytes = CHAT_SUMMARY_MAX_BYTES): string {
  const all = withSteps(request, request.nextSteps.length);
  if (bytes(all) <= maxBytes) return all;
  // The most steps that fit, found by halving: the size grows with every step kept.
  let fits = -1;
  for (let low = 0, high = request.nextSteps.length - 1; low <= high;) {
    const mid = (low + high) >> 1;
    if (bytes(withSteps(request, mid)) <= maxBytes) {
      fits = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return fits >= 0 ? withSteps(request, fits) : pointer(request);
}

/** `POST /chats/{id}/messages`: the session summary, fitted to what Teams takes. */
export function buildChatMessage(request: FollowUpRequest): ChatMessage {
  return { body: { contentType: 'html', content: summaryHtml(request) } };
}
