import type { SessionState } from './session';

/** Confidence at or below this suggests something is missing from the plan. */
export const LOW_CONFIDENCE = 2;

/**
 * The confidence gate's suggestion: low confidence usually means something is
 * missing from the plan, so the pair might go back to Learn (the UI words it).
 */
export interface ConfidenceSuggestion {
  goBackTo: 'learn';
  /** The confidence recorded, at or below LOW_CONFIDENCE. */
  value: number;
}

/** The confidence gate: low confidence before Close suggests going back to Learn. */
export function confidenceSuggestion(state: SessionState): ConfidenceSuggestion | null {
  const value = state.confidence?.value;
  if (value === undefined || value > LOW_CONFIDENCE || state.stage === 'close') return null;
  return { goBackTo: 'learn', value };
}
