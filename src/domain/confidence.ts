import type { SessionState } from './session';

/** Confidence at or below this suggests something is missing from the plan. */
export const LOW_CONFIDENCE = 2;

export interface ConfidenceSuggestion {
  goBackTo: 'learn';
  message: string;
}

/** The confidence gate: low confidence before Close suggests going back to Learn. */
export function confidenceSuggestion(state: SessionState): ConfidenceSuggestion | null {
  const value = state.confidence?.value;
  if (value === undefined || value > LOW_CONFIDENCE || state.stage === 'close') return null;
  return {
    goBackTo: 'learn',
    message:
      'Low confidence usually means something is missing from the plan. Consider going back to Learn together to find out what it is.',
  };
}
