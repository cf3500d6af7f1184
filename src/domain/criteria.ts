import { own, size } from './records';
import type { Participant, SessionState } from './session';
import type { Stage } from './stages';

export type CriterionId =
  | 'challengeStated'
  | 'definitionShared'
  | 'optionsGenerated'
  | 'optionChosen'
  | 'nextStepDated'
  | 'coacheeSummary'
  | 'followUpOnBothCalendars'
  | 'affirmationGiven'
  | 'previousPlanReviewed';

/** One exit criterion of a stage, evaluated from the captured data. */
export interface Criterion {
  id: CriterionId;
  stage: Stage;
  /** Short name, e.g. "Options generated". */
  label: string;
  met: boolean;
  /** A sentence for people: what is there, or what is still missing. */
  detail: string;
}

/** Learn is over once at least this many options exist to choose from. */
export const MIN_OPTIONS = 2;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function holder(state: SessionState, role: 'coach' | 'coachee'): Participant | undefined {
  return Object.values(state.participants).find((p) => p.role === role);
}

function challengeStated(state: SessionState): Criterion {
  const current = state.challenge.currentId === null ? undefined : own(state.challenge.versions, state.challenge.currentId);
  return {
    id: 'challengeStated',
    stage: 'open',
    label: 'Challenge stated',
    met: current !== undefined,
    detail: current
      ? `The challenge or opportunity: "${current.text}"`
      : 'Agree on the topic: write a first statement of the challenge or opportunity.',
  };
}

function definitionShared(state: SessionState): Criterion {
  const base = { id: 'definitionShared', stage: 'learn', label: 'Shared definition' } as const;
  const { currentId, agreedBy } = state.challenge;
  if (currentId === null) {
    return { ...base, met: false, detail: 'State the challenge, then both agree on the statement.' };
  }
  const coach = holder(state, 'coach');
  const coachee = holder(state, 'coachee');
  if (!coach || !coachee) {
    return { ...base, met: false, detail: `Waiting for ${coach ? 'a coachee' : 'a coach'} to join.` };
  }
  const pending = [coach, coachee].filter((p) => own(agreedBy, p.userId) !== currentId);
  if (pending.length === 0) {
    return { ...base, met: true, detail: `${coach.displayName} and ${coachee.displayName} agree on the current statement.` };
  }
  const names = pending.map((p) => p.displayName).join(' and ');
  return { ...base, met: false, detail: `Still to agree with the current statement: ${names}.` };
}

function optionsGenerated(state: SessionState): Criterion {
  const n = size(state.options);
  return {
    id: 'optionsGenerated',
    stage: 'learn',
    label: 'Options generated',
    met: n >= MIN_OPTIONS,
    detail:
      n >= MIN_OPTIONS
        ? `${plural(n, 'option', 'options')} generated.`
        : `Generate at least two options (${n} so far).`,
  };
}

function optionChosen(state: SessionState): Criterion {
  const chosen = state.chosenOptionId === null ? undefined : own(state.options, state.chosenOptionId);
  return {
    id: 'optionChosen',
    stage: 'plan',
    label: 'Option chosen',
    met: chosen !== undefined,
    detail: chosen ? `Chosen: "${chosen.text}"` : 'Choose one of the options to act on.',
  };
}

function nextStepDated(state: SessionState): Criterion {
  const n = size(state.nextSteps);
  return {
    id: 'nextStepDated',
    stage: 'plan',
    label: 'Next step with a date',
    met: n >= 1,
    detail:
      n >= 1
        ? `${plural(n, 'next step', 'next steps')} with an owner and a due date.`
        : 'List at least one next step: what, who, and by when.',
  };
}

function coacheeSummary(state: SessionState): Criterion {
  const met = state.coacheeSummary !== null;
  return {
    id: 'coacheeSummary',
    stage: 'close',
    label: 'Coachee summary',
    met,
    detail: met
      ? 'The coachee summarised what they will do and by when.'
      : 'Ask the coachee to summarise, in their own words, what they will do and by when.',
  };
}

function followUpOnBothCalendars(state: SessionState): Criterion {
  const { kind, coachEvent, coacheeAcceptedAt } = state.followUp;
  const what = kind === 'decisionMeeting' ? 'The decision meeting' : 'The follow-up';
  const base = { id: 'followUpOnBothCalendars', stage: 'close', label: 'Follow-up on both calendars' } as const;
  if (coachEvent === null) {
    return { ...base, met: false, detail: `${what} is not scheduled yet: put it on your calendar while the coachee watches.` };
  }
  if (coacheeAcceptedAt === null) {
    return { ...base, met: false, detail: `${what} is on the coach's calendar, waiting for the coachee to accept.` };
  }
  return { ...base, met: true, detail: `${what} is on both calendars.` };
}

function affirmationGiven(state: SessionState): Criterion {
  const met = state.affirmation !== null;
  return {
    id: 'affirmationGiven',
    stage: 'close',
    label: 'Affirmation given',
    met,
    detail: met
      ? 'The coach stated their belief in the coachee.'
      : "State your belief in the coachee's ability to carry out the plan.",
  };
}

/** Only in a session that carries the previous plan over: each earlier step said done, not done or dropped. */
function previousPlanReviewed(state: SessionState): Criterion | null {
  const carried = state.carriedOver;
  if (!carried) return null;
  const steps = Object.values(carried.steps);
  const open = steps.filter((s) => s.review === null).length;
  return {
    id: 'previousPlanReviewed',
    stage: 'open',
    label: 'Previous plan reviewed',
    met: open === 0,
    detail:
      open === 0
        ? `Every step of the plan from ${carried.fromDate} is marked done, not done or dropped.`
        : `${plural(open, 'step', 'steps')} of the plan from ${carried.fromDate} still to review: done, not done or dropped?`,
  };
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
