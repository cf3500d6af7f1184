import type { FollowUpKind, FollowUpPlan } from '../../../domain';
import type { FollowUpRequest } from '../../../ports';

export interface FollowUpChoice {
  kind: FollowUpKind;
  start: number;
  durationMinutes: number;
}

export type BuiltRequest = { ok: true; request: FollowUpRequest } | { ok: false; message: string };

/**
 * The invite's content from the session's shared plan only (never the whole
 * session), addressed to the coachee by the address their own client shared.
 */
export function followUpRequest(
  sessionId: string,
  plan: FollowUpPlan,
  choice: FollowUpChoice,
  where: { timeZone: string; notesUrl: string },
): BuiltRequest {
  const { coachee } = plan;
  if (!coachee) return { ok: false, message: 'There is no coachee in the session to invite yet.' };
  if (!coachee.address) {
    return {
      ok: false,
      message: `Teams has not told Stagecoach an address to invite ${coachee.displayName} by. Ask ${coachee.displayName} to open Stagecoach in this meeting, then try again.`,
    };
  }
  return {
    ok: true,
    request: {
      sessionId,
      kind: choice.kind,
      challenge: plan.challenge,
      start: choice.start,
      durationMinutes: choice.durationMinutes,
      timeZone: where.timeZone,
      attendee: { address: coachee.address, displayName: coachee.displayName },
      nextSteps: plan.nextSteps.filter((s) => !s.done).map(({ text, ownerName, due }) => ({ text, ownerName, due })),
      coacheeSummary: plan.coacheeSummary,
      chosenOption: plan.chosenOption,
      notesUrl: where.notesUrl,
    },
  };
}
