import { LIMITS } from '../limits';
import { has, own, size, withEntry, withoutEntry } from '../records';
import { reject, type ApplyResult } from '../result';
import type { Contribution, SessionState } from '../session';
import type { Envelope } from '../commands';
import { applied, type Handler } from './types';

type Kind = 'causes' | 'options';

const WORDS: Record<Kind, { one: string; many: string }> = {
  causes: { one: 'cause', many: 'causes' },
  options: { one: 'option', many: 'options' },
};

function add(state: SessionState, kind: Kind, id: string, text: string, envelope: Envelope): ApplyResult {
  const items = state[kind];
  if (has(items, id)) return reject('conflict', `That ${WORDS[kind].one} already exists.`);
  if (size(items) >= LIMITS.itemsPerCollection) {
    return reject('limit', `A session holds at most ${LIMITS.itemsPerCollection} ${WORDS[kind].many}.`);
  }
  const item: Contribution = { id, text, authorId: envelope.actorId, at: envelope.at };
  return applied({ ...state, [kind]: withEntry(items, id, item) });
}

function edit(state: SessionState, kind: Kind, id: string, text: string): ApplyResult {
  const item = own(state[kind], id);
  if (!item) return reject('notFound', `That ${WORDS[kind].one} no longer exists.`);
  // The author stays: an option the coachee proposed remains theirs after a tidy-up.
  return applied({ ...state, [kind]: withEntry(state[kind], id, { ...item, text }) });
}

function remove(state: SessionState, kind: Kind, id: string): SessionState | null {
  if (!has(state[kind], id)) return null;
  return { ...state, [kind]: withoutEntry(state[kind], id) };
}

const gone = (kind: Kind) => reject('notFound', `That ${WORDS[kind].one} no longer exists.`);

export const addCause: Handler<'addCause'> = (state, c, e) => add(state, 'causes', c.id, c.text, e);
export const editCause: Handler<'editCause'> = (state, c) => edit(state, 'causes', c.id, c.text);
export const removeCause: Handler<'removeCause'> = (state, c) => {
  const next = remove(state, 'causes', c.id);
  return next ? applied(next) : gone('causes');
};

export const addOption: Handler<'addOption'> = (state, c, e) => add(state, 'options', c.id, c.text, e);
export const editOption: Handler<'editOption'> = (state, c) => edit(state, 'options', c.id, c.text);
export const removeOption: Handler<'removeOption'> = (state, c) => {
  const next = remove(state, 'options', c.id);
  if (!next) return gone('options');
  return applied(next.chosenOptionId === c.id ? { ...next, chosenOptionId: null } : next);
};

export const chooseOption: Handler<'chooseOption'> = (state, c) => {
  if (c.id !== null && !has(state.options, c.id)) return gone('options');
  return applied({ ...state, chosenOptionId: c.id });
};
