/** The page the app runs in, as far as background work cares: the moment it is hidden or left. */
export interface PageLifecycle {
  /** Calls `run` each time the page is hidden or left (best effort: it may be gone before work ends). Returns the way to stop. */
  onLeave(run: () => void): () => void;
}
