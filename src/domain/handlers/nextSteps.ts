import { dueDateProblem } from '../dueDates';
import { LIMITS } from '../limits';
import { has, own, size, withEntry, withoutEntry } from '../records';
import type { Refusal } from '../refusals';
import { reject, type Rejection } from '../result';
import type { LocalDate, NextStep, SessionState, UserId } from '../session';
import { applied, type Handler } from './types';

const GONE: Refusal = { key: 'gone', item: 'nextStep' };

function checkOwner(state: SessionState, ownerId: UserId): Rejection | null {
  const role = own(state.participants, ownerId)?.role;
  return role === 'coach' || role === 'coachee' ? null : reject('invalid', { key: 'stepOwnerNotInPair' });
}

/**
 * "Today" is the sender's own date from the envelope, so a step due today is
 * fine in every time zone and replaying the command later gives the same verdict.
 */
function checkDue(due: LocalDate, today: LocalDate): Rejection | null {
  const problem = dueDateProblem(due, today);
  if (problem === 'past') return reject('invalid', { key: 'dueInPast', due });
  if (problem === 'tooFar') return reject('invalid', { key: 'dueTooFar', due, maxDays: LIMITS.maxDaysAhead });
  // The schema already refused a missing or malformed date.
  return null;
}

export const addNextStep: Handler<'addNextStep'> = (state, c, envelope) => {
  if (has(state.nextSteps, c.id)) return reject('conflict', { key: 'alreadyExists', item: 'nextStep' });
  if (size(state.nextSteps) >= LIMITS.itemsPerCollection) {
    return reject('limit', { key: 'tooMany', collection: 'nextSteps', max: LIMITS.itemsPerCollection });
  }
  const problem = checkOwner(state, c.ownerId) ?? checkDue(c.due, envelope.today);
  if (problem) return problem;
  const step: NextStep = {
    id: c.id,
    text: c.text,
    ownerId: c.ownerId,
    authorId: envelope.actorId,
    due: c.due,
    done: false,
    at: envelope.at,
  };
  return applied({ ...state, nextSteps: withEntry(state.nextSteps, c.id, step) });
};

export const editNextStep: Handler<'editNextStep'> = (state, c, envelope) => {
  const step = own(state.nextSteps, c.id);
  if (!step) return reject('notFound', GONE);
  if (c.text === undefined && c.ownerId === undefined && c.due === undefined) {
    return reject('invalid', { key: 'nothingToChange' });
  }
  // Only the fields being changed are checked: a step that has since become
  // overdue can still be reworded or handed to someone else.
  const problem =
    (c.ownerId === undefined ? null : checkOwner(state, c.ownerId)) ?? (c.due === undefined ? null : checkDue(c.due, envelope.today));
  if (problem) return problem;
  const updated: NextStep = {
    ...step,
    ...(c.text === undefined ? {} : { text: c.text }),
    ...(c.ownerId === undefined ? {} : { ownerId: c.ownerId }),
    ...(c.due === undefined ? {} : { due: c.due }),
  };
  return applied({ ...state, nextSteps: withEntry(state.nextSteps, c.id, updated) });
};

export const setNextStepDone: Handler<'setNextStepDone'> = (state, c) => {
  const step = own(state.nextSteps, c.id);
  if (!step) return reject('notFound', GONE);
  return applied({ ...state, nextSteps: withEntry(state.nextSteps, c.id, { ...step, done: c.done }) });
};

export const removeNextStep: Handler<'removeNextStep'> = (state, c) => {
  if (!has(state.nextSteps, c.id)) return reject('notFound', GONE);
  return applied({ ...state, nextSteps: withoutEntry(state.nextSteps, c.id) });
};
