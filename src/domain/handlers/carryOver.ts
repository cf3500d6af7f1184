import { own, withEntry } from '../records';
import { reject } from '../result';
import type { CarriedCause, CarriedStep } from '../session';
import { applied, type Handler } from './types';

const unique = (ids: string[]) => new Set(ids).size === ids.length;

/**
 * Brings the previous session's plan in, once, while the new session is
 * still in Open: the status update starts from it. Whoever's client finds
 * the previous session first sends it; a second copy is refused.
 */
export const carryOver: Handler<'carryOver'> = (state, c) => {
  if (state.carriedOver !== null) return reject('conflict', { key: 'previousPlanHere' });
  if (state.stage !== 'open') return reject('conflict', { key: 'previousPlanOnlyInOpen' });
  if (c.fromSessionId === state.sessionId) return reject('invalid', { key: 'carryOverSelf' });
  if (!unique(c.steps.map((s) => s.id)) || !unique(c.causes.map((s) => s.id))) {
    return reject('invalid', { key: 'previousPlanRepeats' });
  }
  const steps: Record<string, CarriedStep> = {};
  for (const s of c.steps) {
    steps[s.id] = { id: s.id, text: s.text, ownerId: s.ownerId, ownerName: s.ownerName, due: s.due, doneBefore: s.done, review: null };
  }
  const causes: Record<string, CarriedCause> = {};
  for (const k of c.causes) causes[k.id] = { id: k.id, text: k.text, authorName: k.authorName, review: null };
  return applied({
    ...state,
    carriedOver: {
      fromSessionId: c.fromSessionId,
      fromDate: c.fromDate,
      challenge: c.challenge,
      chosenOption: c.chosenOption,
      steps,
      causes,
    },
  });
};

export const reviewCarriedStep: Handler<'reviewCarriedStep'> = (state, c) => {
  const carried = state.carriedOver;
  const step = carried && own(carried.steps, c.id);
  if (!carried || !step) return reject('notFound', { key: 'notInPreviousPlan', item: 'step' });
  return applied({
    ...state,
    carriedOver: { ...carried, steps: withEntry<CarriedStep>(carried.steps, c.id, { ...step, review: c.review }) },
  });
};

/**
 * A step's owner reports what their own task list says: these carried steps
 * were ticked done since (in To Do, in Outlook). Only the owner's client can
 * read the owner's tasks, so only the owner may report them; a step already
 * known done is skipped, and a report with nothing new is refused, so the
 * log does not grow with every reload.
 */
export const reportCarriedDone: Handler<'reportCarriedDone'> = (state, c, envelope) => {
  const carried = state.carriedOver;
  if (!carried) return reject('notFound', { key: 'noPreviousPlan' });
  let steps = carried.steps;
  for (const id of c.ids) {
    const step = own(steps, id);
    if (!step) return reject('notFound', { key: 'notInPreviousPlan', item: 'step' });
    if (step.ownerId !== envelope.actorId) return reject('forbidden', { key: 'onlyOwnerReportsDone' });
    if (!step.doneBefore) steps = withEntry<CarriedStep>(steps, id, { ...step, doneBefore: true });
  }
  if (steps === carried.steps) return reject('conflict', { key: 'alreadyKnownDone' });
  return applied({ ...state, carriedOver: { ...carried, steps } });
};

export const reviewCarriedCause: Handler<'reviewCarriedCause'> = (state, c) => {
  const carried = state.carriedOver;
  const cause = carried && own(carried.causes, c.id);
  if (!carried || !cause) return reject('notFound', { key: 'notInPreviousPlan', item: 'cause' });
  return applied({
    ...state,
    carriedOver: { ...carried, causes: withEntry<CarriedCause>(carried.causes, c.id, { ...cause, review: c.review }) },
  });
};
