import { useId, useState } from 'react';
import { dueDateProblem, isBlank, mayIssue, type ItemId, type NextStep } from '../../../domain';
import { dueDateMessage, stepTextMissing } from '../../content/fieldProblems';
import { refusalText } from '../../content/refusals';
import { nameOf } from '../../format';
import { useWords } from '../../words';
import { useRejection } from '../shared';
import type { NextStepsProps, NextStepsState, OwnerChoice } from './NextSteps.types';

/** Soonest due first: that is the order the coachee works through them. */
function byDue(a: NextStep, b: NextStep): number {
  return a.due.localeCompare(b.due) || a.at - b.at || a.id.localeCompare(b.id);
}

export function useNextSteps(props: NextStepsProps): NextStepsState {
  const { steps, participants, role, today, onAdd, onEdit, onSetDone, onRemove } = props;
  const headingId = useId();
  const words = useWords();
  // Only the coach and the coachee own steps; the coachee first, as the plan is theirs.
  const owners: OwnerChoice[] = (['coachee', 'coach'] as const).flatMap((r) =>
    Object.values(participants)
      .filter((p) => p.role === r)
      .map((p) => ({ userId: p.userId, label: words.t('forms.nextSteps.owner', { name: p.displayName, role: r }) })),
  );
  const [text, setText] = useState('');
  const [chosenOwner, setOwnerId] = useState<string>('');
  const [due, setDue] = useState('');
  const [editingId, setEditingId] = useState<ItemId | null>(null);
  const [rowError, setRowError] = useState<{ id: ItemId; message: string } | null>(null);
  const adding = useRejection();
  const [fieldErrors, setFieldErrors] = useState<{ text: string | null; due: string | null }>({ text: null, due: null });
  // Fall back to the first owner until one is picked, and if the picked one left.
  const ownerId = owners.some((o) => o.userId === chosenOwner) ? chosenOwner : (owners[0]?.userId ?? '');

  const rowResult = (id: ItemId, result: ReturnType<NextStepsProps['onRemove']>) =>
    setRowError(result.ok ? null : { id, message: refusalText(words, result.reason) });

  return {
    headingId,
    words,
    rows: Object.values(steps)
      .sort(byDue)
      .map((s) => ({ ...s, ownerName: nameOf(words, participants, s.ownerId), dueText: words.date(s.due) })),
    owners,
    today,
    canAdd: mayIssue(role, 'addNextStep'),
    canEdit: mayIssue(role, 'editNextStep'),
    // A step removed by the other person while being edited just closes the editor.
    editingId: editingId !== null && steps[editingId] ? editingId : null,
    setEditingId,
    onEdit,
    canSetDone: mayIssue(role, 'setNextStepDone'),
    canRemove: mayIssue(role, 'removeNextStep'),
    text,
    setText: (value) => {
      setText(value);
      setFieldErrors((e) => ({ ...e, text: null }));
    },
    ownerId,
    setOwnerId,
    due,
    setDue: (value) => {
      setDue(value);
      setFieldErrors((e) => ({ ...e, due: null }));
    },
    textError: fieldErrors.text,
    dueError: fieldErrors.due,
    addError: adding.error,
    submitNew: () => {
      // Checked here by the domain's own rules, so each problem is said at its field.
      const dueProblem = dueDateProblem(due, today);
      const errors = {
        text: isBlank(text) ? stepTextMissing(words) : null,
        due: dueProblem && dueDateMessage(words, dueProblem, today),
      };
      setFieldErrors(errors);
      adding.reset();
      if (errors.text || errors.due) return;
      // Keep owner and date: several steps often share them. Clear only the text.
      if (adding.check(onAdd({ text, ownerId, due }))) setText('');
    },
    rowError,
    setDone: (id, done) => rowResult(id, onSetDone(id, done)),
    remove: (id) => rowResult(id, onRemove(id)),
  };
}
