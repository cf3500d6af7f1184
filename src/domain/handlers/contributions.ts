import { LIMITS } from '../limits';
import { has, own, size, withEntry, withoutEntry } from '../records';
import { reject, type ApplyResult } from '../result';
import type { Contribution, SessionState } from '../session';
import type { Envelope } from '../commands';
import type { SessionItem } from '../refusals';
import { applied, type Handler } from './types';

type Kind = 'causes' | 'options';

const ITEM = { causes: 'cause', options: 'option' } as const satisfies Record<Kind, SessionItem>;

const gone = (kind: Kind) => reject('notFound', { key: 'gone', item: ITEM[kind] });

function add(state: SessionState, kind: Kind, id: string, text: string, envelope: Envelope): ApplyResult {
  const items = state[kind];
  if (has(items, id)) return reject('conflict', { key: 'alreadyExists', item: ITEM[kind] });
  if (size(items) >= LIMITS.itemsPerCollection) {
    return reject('limit', { key: 'tooMany', collection: kind, max: LIMITS.itemsPerCollection });
  }
  const item: Contribution = { id, text, authorId: envelope.actorId, at: envelope.at };
  return applied({ ...state, [kind]: withEntry(items, id, item) });
}

function edit(state: SessionState, kind: Kind, id: string, text: string): ApplyResult {
  const item = own(state[kind], id);
  if (!item) return gone(kind);
  // The author stays: an option the coachee proposed remains theirs after a tidy-up.
  return applied({ ...state, [kind]: withEntry(state[kind], id, { ...item, text }) });
}

function remove(state: SessionState, kind: Kind, id: string): SessionState | null {
  if (!has(state[kind], id)) return null;
  return { ...state, [kind]: withoutEntry(state[kind], id) };
}

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
