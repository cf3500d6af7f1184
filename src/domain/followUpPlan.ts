import { addDays } from './dates';
import { own } from './records';
import type { FollowUpKind, LocalDate, Participant, SessionState } from './session';

/** One next step as the invite and the chat summary name it. */
export interface PlannedStep {
  text: string;
  /** Null for someone no longer in the roster: the UI words that. */
  ownerName: string | null;
  due: LocalDate;
  done: boolean;
}

/**
 * What leaves the session at closure: the shared plan and the two people,
 * nothing else. Calendar invites and chat posts are built from this alone, so
 * no other part of the session can reach Microsoft 365 by accident.
 */
export interface FollowUpPlan {
  kind: FollowUpKind;
  /** The challenge in force; empty when none was stated. */
  challenge: string;
  chosenOption: string | null;
  /** Earliest due first. */
  nextSteps: PlannedStep[];
  coacheeSummary: string | null;
  coach: Participant | null;
  coachee: Participant | null;
  /** The earliest due date of a step not yet done: the follow-up belongs before it. */
  earliestDue: LocalDate | null;
}

/** How far ahead to look for a follow-up when no open step has a due date. */
export const DEFAULT_FOLLOW_UP_WINDOW_DAYS = 14;

const holder = (state: SessionState, role: Participant['role']) => Object.values(state.participants).find((p) => p.role === role) ?? null;

export function followUpPlan(state: SessionState): FollowUpPlan {
  const challengeId = state.challenge.currentId;
  const nextSteps = Object.values(state.nextSteps)
    .map((step) => ({
      text: step.text,
      ownerName: own(state.participants, step.ownerId)?.displayName ?? null,
      due: step.due,
      done: step.done,
    }))
    .sort((a, b) => a.due.localeCompare(b.due) || a.text.localeCompare(b.text));
  const open = nextSteps.filter((s) => !s.done);
  return {
    kind: state.followUp.kind,
    challenge: (challengeId && own(state.challenge.versions, challengeId)?.text) || '',
    chosenOption: (state.chosenOptionId && own(state.options, state.chosenOptionId)?.text) || null,
    nextSteps,
    coacheeSummary: state.coacheeSummary?.text ?? null,
    coach: holder(state, 'coach'),
    coachee: holder(state, 'coachee'),
    earliestDue: open[0]?.due ?? null,
  };
}

/** Suggested slots end before this date: the earliest open step's due date, else a fortnight from today. */
export function followUpWindowEnd(plan: FollowUpPlan, today: LocalDate): LocalDate {
  return plan.earliestDue ?? addDays(today, DEFAULT_FOLLOW_UP_WINDOW_DAYS);
}
