import { own, size } from './records';
import type { FollowUpKind, LocalDate, Participant, SessionState } from './session';
import type { Stage } from './stages';

/**
 * What a criterion rests on, as data: the UI words it for each reader (the
 * coach is asked to ask, the coachee to answer), so no sentence lives here.
 */
export type CriterionFacts =
  | { id: 'challengeStated'; challenge: string | null }
  | {
      id: 'definitionShared';
      /** No statement yet; a coach or coachee still to join; someone still to agree; or agreed. */
      status: 'noStatement' | 'waitingForCoach' | 'waitingForCoachee' | 'pending' | 'agreed';
      /** Who has not yet agreed with the current statement (status `pending`). */
      pending: readonly Participant[];
    }
  | { id: 'optionsGenerated'; count: number; needed: number }
  | { id: 'optionChosen'; chosen: string | null }
  | { id: 'nextStepDated'; count: number }
  | { id: 'coacheeSummary' }
  | { id: 'followUpOnBothCalendars'; kind: FollowUpKind; calendar: 'notScheduled' | 'awaitingAcceptance' | 'onBoth' }
  | { id: 'affirmationGiven' }
  | { id: 'previousPlanReviewed'; open: number; fromDate: LocalDate };

export type CriterionId = CriterionFacts['id'];

/** One exit criterion of a stage, evaluated from the captured data. */
export type Criterion = CriterionFacts & {
  stage: Stage;
  met: boolean;
};

/** Learn is over once at least this many options exist to choose from. */
export const MIN_OPTIONS = 2;

function holder(state: SessionState, role: 'coach' | 'coachee'): Participant | undefined {
  return Object.values(state.participants).find((p) => p.role === role);
}

function challengeStated(state: SessionState): Criterion {
  const current = state.challenge.currentId === null ? undefined : own(state.challenge.versions, state.challenge.currentId);
  return { id: 'challengeStated', stage: 'open', met: current !== undefined, challenge: current?.text ?? null };
}

function definitionShared(state: SessionState): Criterion {
  const base = { id: 'definitionShared', stage: 'learn', pending: [] } as const;
  const { currentId, agreedBy } = state.challenge;
  if (currentId === null) return { ...base, met: false, status: 'noStatement' };
  const coach = holder(state, 'coach');
  const coachee = holder(state, 'coachee');
  if (!coach) return { ...base, met: false, status: 'waitingForCoach' };
  if (!coachee) return { ...base, met: false, status: 'waitingForCoachee' };
  const pending = [coach, coachee].filter((p) => own(agreedBy, p.userId) !== currentId);
  return pending.length === 0 ? { ...base, met: true, status: 'agreed' } : { ...base, met: false, status: 'pending', pending };
}

function optionsGenerated(state: SessionState): Criterion {
  const count = size(state.options);
  return { id: 'optionsGenerated', stage: 'learn', met: count >= MIN_OPTIONS, count, needed: MIN_OPTIONS };
}

function optionChosen(state: SessionState): Criterion {
  const chosen = state.chosenOptionId === null ? undefined : own(state.options, state.chosenOptionId);
  return { id: 'optionChosen', stage: 'plan', met: chosen !== undefined, chosen: chosen?.text ?? null };
}

function nextStepDated(state: SessionState): Criterion {
  const count = size(state.nextSteps);
  return { id: 'nextStepDated', stage: 'plan', met: count >= 1, count };
}

function coacheeSummary(state: SessionState): Criterion {
  return { id: 'coacheeSummary', stage: 'close', met: state.coacheeSummary !== null };
}

function followUpOnBothCalendars(state: SessionState): Criterion {
  const { kind, coachEvent, coacheeAcceptedAt } = state.followUp;
  const calendar = coachEvent === null ? 'notScheduled' : coacheeAcceptedAt === null ? 'awaitingAcceptance' : 'onBoth';
  return {
    id: 'followUpOnBothCalendars',
    stage: 'close',

    met: calendar === 'onBoth',
    kind,
    calendar,
  };
}

function affirmationGiven(state: SessionState): Criterion {
  return { id: 'affirmationGiven', stage: 'close', met: state.affirmation !== null };
}

/** Only in a session that carries the previous plan over: each earlier step said done, not done or dropped. */
function previousPlanReviewed(state: SessionState): Criterion | null {
  const carried = state.carriedOver;
  if (!carried) return null;
  const open = Object.values(carried.steps).filter((s) => s.review === null).length;
  return { id: 'previousPlanReviewed', stage: 'open', met: open === 0, open, fromDate: carried.fromDate };
}

const CRITERIA: Record<Stage, Array<(state: SessionState) => Criterion | null>> = {
  open: [previousPlanReviewed, challengeStated],
  learn: [definitionShared, optionsGenerated],
  plan: [optionChosen, nextStepDated],
  close: [coacheeSummary, followUpOnBothCalendars, affirmationGiven],
};

/**
 * The exit criteria of `stage` (PRODUCT.md's table), met or missing. Judged
 * from the data alone, whatever the current stage, so the panel can show
 * every stage's progress at once.
 */
export function criteriaFor(state: SessionState, stage: Stage): Criterion[] {
  return CRITERIA[stage].map((criterion) => criterion(state)).filter((c): c is Criterion => c !== null);
}

/** True when every exit criterion of `stage` is met. */
export function stageComplete(state: SessionState, stage: Stage): boolean {
  return criteriaFor(state, stage).every((c) => c.met);
}
