import { useId, useState } from 'react';
import { mayIssue, type ItemId } from '../../../domain';
import { refusalText } from '../../content/refusals';
import { byTime, nameOf } from '../../format';
import type { MessageId, Words } from '../../../words';
import { useWords } from '../../words';
import { useRejection } from '../shared';
import type { ContributionKind, ContributionLabels, ContributionListProps, ContributionListState } from './ContributionList.types';

const COMMANDS = {
  cause: { add: 'addCause', edit: 'editCause', remove: 'removeCause' },
  option: { add: 'addOption', edit: 'editOption', remove: 'removeOption' },
} as const;

/** Each kind's messages, by their literal ids. */
const MESSAGES = {
  cause: {
    title: 'forms.causes.title',
    none: 'forms.causes.none',
    newItem: 'forms.causes.new',
    add: 'forms.causes.add',
    edit: 'forms.causes.edit',
    save: 'forms.causes.save',
    editItem: 'forms.causes.editItem',
    removeItem: 'forms.causes.removeItem',
    hintCoach: 'forms.causes.hint.coach',
    hintCoachee: 'forms.causes.hint.coachee',
  },
  option: {
    title: 'forms.options.title',
    none: 'forms.options.none',
    newItem: 'forms.options.new',
    add: 'forms.options.add',
    edit: 'forms.options.edit',
    save: 'forms.options.save',
    editItem: 'forms.options.editItem',
    removeItem: 'forms.options.removeItem',
    hintCoach: 'forms.options.hint.coach',
    hintCoachee: 'forms.options.hint.coachee',
  },
} as const satisfies Record<ContributionKind, Record<string, MessageId>>;

function labelsFor(words: Words, kind: ContributionKind): ContributionLabels {
  const m = MESSAGES[kind];
  return {
    title: words.t(m.title),
    none: words.t(m.none),
    newItem: words.t(m.newItem),
    add: words.t(m.add),
    edit: words.t(m.edit),
    save: words.t(m.save),
    cancel: words.t('forms.cancel'),
    editItem: (text) => words.t(m.editItem, { text }),
    removeItem: (text) => words.t(m.removeItem, { text }),
    proposedBy: (name) => words.t('forms.options.proposedBy', { name }),
  };
}

export function useContributionList(props: ContributionListProps): ContributionListState {
  const { kind, items, participants, role, onAdd, onEdit, onRemove } = props;
  const headingId = useId();
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ id: ItemId; draft: string } | null>(null);
  const [removeError, setRemoveError] = useState<{ id: ItemId; message: string } | null>(null);
  const adding = useRejection();
  const editingResult = useRejection();
  const commands = COMMANDS[kind];
  const words = useWords();
  const messages = MESSAGES[kind];

  return {
    kind,
    headingId,
    labels: labelsFor(words, kind),
    // The coach asks, so the coachee's own thinking fills the list; the coachee is invited to think.
    hint: role === 'coachee' ? words.t(messages.hintCoachee) : words.t(messages.hintCoach),
    rows: byTime(items).map((c) => ({ ...c, authorName: nameOf(words, participants, c.authorId) })),
    showAuthor: kind === 'option',
    canAdd: mayIssue(role, commands.add),
    canEdit: mayIssue(role, commands.edit),
    canRemove: mayIssue(role, commands.remove),
    draft,
    setDraft,
    addError: adding.error,
    submitNew: () => {
      if (adding.check(onAdd(draft))) setDraft('');
    },
    editing,
    editError: editingResult.error,
    startEdit: (row) => {
      editingResult.reset();
      setEditing({ id: row.id, draft: row.text });
    },
    setEditDraft: (text) => setEditing((e) => (e ? { ...e, draft: text } : e)),
    saveEdit: () => {
      if (editing && editingResult.check(onEdit(editing.id, editing.draft))) setEditing(null);
    },
    cancelEdit: () => {
      editingResult.reset();
      setEditing(null);
    },
    removeError,
    remove: (id) => {
      const result = onRemove(id);
      setRemoveError(result.ok ? null : { id, message: refusalText(words, result.reason) });
    },
  };
}
