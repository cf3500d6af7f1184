import type { GraphFailure } from '../ports';

/** Graph's own words kept as a failure's detail (for developers), one short line. */
const graphDetail = (graphMessage: string | undefined) => (graphMessage ? { detail: graphMessage.slice(0, 200) } : {});

/** An HTTP status (or -1 for no response at all) as a failure people can act on. */
export function failureFromStatus(status: number, graphMessage?: string): GraphFailure {
  const detail = graphDetail(graphMessage);
  if (status === 401 || status === 403) return { kind: 'consent', need: 'calendar', retryable: true, ...detail };
  if (status === 429 || status === 503 || status === 504) return { kind: 'throttled', retryable: true, ...detail };
  if (status <= 0) return { kind: 'offline', retryable: true, ...detail };
  if (status === 400) return { kind: 'invalid', problem: 'refused', retryable: false, ...detail };
  if (status === 404) return { kind: 'notFound', what: 'item', retryable: false, ...detail };
  // Trying again sends the same bytes: only a smaller request can pass.
  if (status === 413) return { kind: 'invalid', problem: 'tooLarge', retryable: false, ...detail };
  return { kind: 'unknown', problem: 'status', status, retryable: true, ...detail };
}

/** Thrown inside a call for an answer that does not parse (or a nextLink that leaves Graph); reported as unreadableAnswer. */
export class UnreadableAnswer extends Error {}

export const unreadableAnswer: GraphFailure = { kind: 'unknown', problem: 'unreadableAnswer', retryable: true };

/** The HTTP status of an error graph-client threw for an answer; undefined when no answer came (or it is not such an error). */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  const status = Number((error as { statusCode: unknown }).statusCode);
  return Number.isFinite(status) && status > 0 ? status : undefined;
}

/** What was thrown, for a failure's detail. */
const thrownDetail = (error: unknown) => (error instanceof Error && error.message ? { detail: error.message.slice(0, 200) } : {});

/** Graph's own error code (its answer's `error.code`), as graph-client keeps it; undefined when there is none. */
function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error as { code: unknown };
  return typeof code === 'string' ? code : undefined;
}

/**
 * The user has no Exchange Online mailbox (a guest, or a mailbox kept
 * on-premises): Outlook's calendar and To Do answer every request with 404
 * and this code. Trying again cannot help, and nothing was deleted.
 * Null for any other error.
 */
export function noExchangeMailbox(error: unknown): GraphFailure | null {
  if (statusOf(error) !== 404 || codeOf(error) !== 'MailboxNotEnabledForRESTAPI') return null;
  return { kind: 'notFound', what: 'exchangeMailbox', retryable: false, ...thrownDetail(error) };
}

/** Anything thrown by the client, a token provider or our own code, as a failure. */
export function failureFromError(error: unknown): GraphFailure {
  if (error instanceof UnreadableAnswer) return { ...unreadableAnswer, ...thrownDetail(error) };
  const noMailbox = noExchangeMailbox(error);
  if (noMailbox) return noMailbox;
  if (typeof error === 'object' && error !== null && 'statusCode' in error) {
    const status = Number((error as { statusCode: unknown }).statusCode);
    const message = (error as { message?: unknown }).message;
    return failureFromStatus(Number.isFinite(status) ? status : -1, typeof message === 'string' ? message : undefined);
  }
  return { kind: 'offline', retryable: true, ...thrownDetail(error) };
}
