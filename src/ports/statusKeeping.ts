/**
 * Background work a panel shows as one quiet status line with "Try again"
 * (saving the own copy, keeping next steps in To Do): its status, and a retry.
 */
export interface StatusKeeping<S> {
  /** Stable between changes, as useSyncExternalStore requires. */
  getStatus(): S;
  subscribe(listener: () => void): () => void;
  /** Runs the work now (the user asked). Never rejects. */
  retry(): void;
}
