import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { LocalDate, NextStep, UserId } from '../../../domain';
import type { DispatchResult } from '../../../ports';
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

  const changes: NextStepChanges = {
    ...(text !== step.text ? { text } : {}),
    ...(ownerId !== step.ownerId ? { ownerId } : {}),
    ...(due !== step.due ? { due } : {}),
  };

  return (
    <form
      className={classes.form}
      onSubmit={(e) => {
        e.preventDefault();
        if (Object.keys(changes).length === 0 || saving.check(onSave(changes))) onDone();
      }}
    >
      <Field label="Edit next step" validationState={saving.error ? 'error' : 'none'} validationMessage={saving.error}>
        <Input value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Field label="Owner of this step">
        <Select value={ownerId} onChange={(_, d) => setOwnerId(d.value)}>
          {owners.map((o) => (
            <option key={o.userId} value={o.userId}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Due date of this step">
        <Input type="date" min={today} value={due} onChange={(_, d) => setDue(d.value)} />
      </Field>
      <div className={classes.actions}>
        <Button type="submit" appearance="primary">
          Save next step
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
