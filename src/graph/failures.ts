import type { GraphFailure } from '../ports';

/** An HTTP status (or -1 for no response at all) as a failure people can act on. */
export function failureFromStatus(status: number, graphMessage?: string): GraphFailure {
  if (status === 401 || status === 403) {
    return {
      kind: 'consent',
      message: 'Stagecoach may not use your calendar right now. Sign in again, or ask your administrator to grant the permission.',
      retryable: true,
    };
  }
  if (status === 429 || status === 503 || status === 504) {
    return { kind: 'throttled', message: 'Microsoft 365 is busy. Wait a moment and try again.', retryable: true };
  }
  if (status <= 0) {
    return { kind: 'offline', message: 'Microsoft 365 could not be reached. Check the connection and try again.', retryable: true };
  }
  if (status === 400) {
    const detail = graphMessage ? ` (${graphMessage.slice(0, 200)})` : '';
    return { kind: 'invalid', message: `Microsoft 365 refused the request${detail}.`, retryable: false };
  }
  if (status === 404) {
    return { kind: 'notFound', message: 'Microsoft 365 could not find it.', retryable: false };
  }
  if (status === 413) {
    // Trying again sends the same bytes: only a smaller request can pass.
    return { kind: 'invalid', message: 'Microsoft 365 refused it as too large.', retryable: false };
  }
  return { kind: 'unknown', message: `Microsoft 365 answered with an error (${status}).`, retryable: true };
}

/** Thrown inside a call for an answer that does not parse (or a nextLink that leaves Graph); reported as unreadableAnswer. */
export class UnreadableAnswer extends Error {}

export const unreadableAnswer: GraphFailure = {
  kind: 'unknown',
  message: 'Microsoft 365 answered in a way Stagecoach does not understand.',
  retryable: true,
};

/** The HTTP status of an error graph-client threw for an answer; undefined when no answer came (or it is not such an error). */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  const status = Number((error as { statusCode: unknown }).statusCode);
  return Number.isFinite(status) && status > 0 ? status : undefined;
}

/** Anything thrown by the client, a token provider or our own code, as a failure. */
export function failureFromError(error: unknown): GraphFailure {
  if (error instanceof UnreadableAnswer) return unreadableAnswer;
  if (typeof error === 'object' && error !== null && 'statusCode' in error) {
    const status = Number((error as { statusCode: unknown }).statusCode);
    const message = (error as { message?: unknown }).message;
    return failureFromStatus(Number.isFinite(status) ? status : -1, typeof message === 'string' ? message : undefined);
  }
  return { kind: 'offline', message: 'Microsoft 365 could not be reached. Check the connection and try again.', retryable: true };
}
