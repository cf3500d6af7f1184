import { useId, useState } from 'react';
import { mayIssue, type ItemId } from '../../../domain';
import { byTime, nameOf } from '../../format';
import { useRejection } from '../shared';
import type { ContributionListProps, ContributionListState } from './ContributionList.types';

const COMMANDS = {
  cause: { add: 'addCause', edit: 'editCause', remove: 'removeCause' },
  option: { add: 'addOption', edit: 'editOption', remove: 'removeOption' },
} as const;

export function useContributionList(props: ContributionListProps): ContributionListState {
  const { kind, items, participants, role, onAdd, onEdit, onRemove } = props;
  const headingId = useId();
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ id: ItemId; draft: string } | null>(null);
  const [removeError, setRemoveError] = useState<{ id: ItemId; message: string } | null>(null);
  const adding = useRejection();
  const editingResult = useRejection();
  const commands = COMMANDS[kind];

  return {
    kind,
    headingId,
    title: kind === 'cause' ? 'Causes' : 'Options',
    noun: kind,
    // The coach asks, so the coachee's own thinking fills the list; the coachee is invited to think.
    hint:
      role === 'coachee'
        ? kind === 'option'
          ? 'Your own ideas count most: they stay yours.'
          : 'What do you think is getting in the way?'
        : kind === 'option'
          ? 'Ask first: “What could you do?”'
          : 'Ask: “What is getting in the way?”',
    rows: byTime(items).map((c) => ({ ...c, authorName: nameOf(participants, c.authorId) })),
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
      setRemoveError(result.ok ? null : { id, message: result.reason });
    },
  };
}
