/** teams-js's meeting APIs answer `(error, result)`, error first, and have no promise versions. */
export type ErrorFirstCallback<T> = (error: { errorCode: number; message?: string } | null, result: T | null) => void;

/** Raised when a meeting API answers with an SdkError; keeps Teams' code for the logs. */
export class TeamsCallError extends Error {
  override name = 'TeamsCallError';
  constructor(
    readonly what: string,
    readonly errorCode: number,
    detail?: string,
  ) {
    super(`${what} failed (Teams error ${errorCode}${detail ? `: ${detail}` : ''}).`);
  }
}

/**
 * Wraps a callback API as a promise. A call that throws (wrong frame context,
 * not initialized) rejects too, rather than escaping synchronously.
 */
export function fromCallback<T>(what: string, call: (callback: ErrorFirstCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      call((error, result) => {
        if (error) reject(new TeamsCallError(what, error.errorCode, error.message));
        else if (result === null || result === undefined) reject(new TeamsCallError(what, 500, 'no result'));
        else resolve(result);
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
