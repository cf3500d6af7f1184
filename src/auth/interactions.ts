/**
 * Interactive sign-ins, one at a time. A browser shows one popup per page
 * (MSAL refuses a second with interaction_in_progress), and a user asked twice
 * for the same consent would rightly be puzzled, so callers that need the same
 * scopes join the popup already on its way, and others wait their turn.
 */
export class InteractionQueue {
  private readonly byKey = new Map<string, Promise<string>>();
  private tail: Promise<unknown> = Promise.resolve();

  run(key: string, interact: () => Promise<string>): Promise<string> {
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const turn = this.tail.then(interact, interact);
    this.tail = turn.catch(() => undefined);
    this.byKey.set(key, turn);
    const forget = () => {
      if (this.byKey.get(key) === turn) this.byKey.delete(key);
    };
    turn.then(forget, forget);
    return turn;
  }
}

/** The same scopes in any order or case are the same request. */
export function scopeKey(scopes: readonly string[]): string {
  return [...new Set(scopes.map((s) => s.trim().toLowerCase()))].sort().join(' ');
}
