import type { SessionState } from './session';

/** Confidence at or below this suggests something is missing from the plan. */
export const LOW_CONFIDENCE = 2;

export interface ConfidenceSuggestion {
  goBackTo: 'learn';
  message: string;
}

/** The confidence gate: low confidence before Close suggests going back to Learn. */
export function confidenceSuggestion(state: SessionState): ConfidenceSuggestion | null {
  void state;
  throw new Error('not implemented');
}
