import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { dueDateProblem, type LocalDate, type NextStep, type UserId } from '../../../domain';
import { dueDateMessage } from '../../content/fieldProblems';
import type { DispatchResult } from '../../../ports';
import { useWords } from '../../words';
import { useRejection } from '../shared';
import type { OwnerChoice } from './NextSteps.types';

export interface NextStepChanges {
  text?: string;
  ownerId?: UserId;
  due?: LocalDate;
}

export interface NextStepEditorProps {
  step: NextStep;
  owners: OwnerChoice[];
  today: LocalDate;
  onSave(changes: NextStepChanges): DispatchResult;
  onDone(): void;
  classes: { form: string; actions: string };
}

/**
 * Edits one step in place. Only the fields that changed are sent, so an
 * overdue step can be reworded without being refused for its old date.
 */
export function NextStepEditor({ step, owners, today, onSave, onDone, classes }: NextStepEditorProps) {
  const [text, setText] = useState(step.text);
  const [ownerId, setOwnerId] = useState(step.ownerId);
  const [due, setDue] = useState(step.due);
  const saving = useRejection();
  const words = useWords();
  const [dueError, setDueError] = useState<string | null>(null);

  const changes: NextStepChanges = {
    ...(text !== step.text ? { text } : {}),
    ...(ownerId !== step.ownerId ? { ownerId } : {}),
    ...(due !== step.due ? { due } : {}),
  };

  return (
    <form
      className={classes.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // Only a changed date is checked: an overdue step keeps its date while it is reworded.
        const problem = changes.due === undefined ? null : dueDateProblem(changes.due, today);
        setDueError(problem && dueDateMessage(words, problem, today));
        if (problem) return;
        if (Object.keys(changes).length === 0 || saving.check(onSave(changes))) onDone();
      }}
    >
      <Field
        label={words.t('forms.nextSteps.editLabel')}
        validationState={saving.error ? 'error' : 'none'}
        validationMessage={saving.error}
      >
        <Input dir="auto" value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Field label={words.t('forms.nextSteps.editOwnerLabel')}>
        <Select value={ownerId} onChange={(_, d) => setOwnerId(d.value)}>
          {owners.map((o) => (
            <option key={o.userId} value={o.userId}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={words.t('forms.nextSteps.editDueLabel')} validationState={dueError ? 'error' : 'none'} validationMessage={dueError}>
        <Input
          type="date"
          min={today}
          value={due}
          onChange={(_, d) => {
            setDue(d.value);
            setDueError(null);
          }}
        />
      </Field>
      <div className={classes.actions}>
        <Button type="submit" appearance="primary">
          {words.t('forms.nextSteps.save')}
        </Button>
        <Button onClick={onDone}>{words.t('forms.cancel')}</Button>
      </div>
    </form>
  );
}
