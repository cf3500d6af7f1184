import { Button, Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { Delete16Regular, Edit16Regular } from '@fluentui/react-icons';
import { InlineAlert } from '../shared';
import { NextStepEditor } from './NextStepEditor';
import type { NextStepsState } from './NextSteps.types';
import type { NextStepsClasses } from './useNextStepsStyles.styles';

export function renderNextSteps(state: NextStepsState, classes: NextStepsClasses) {
  const { words } = state;
  return (
    <section aria-labelledby={state.headingId} className={classes.section}>
      <h3 id={state.headingId} className={classes.heading}>
        {words.t('forms.nextSteps.heading')}
      </h3>
      {state.rows.length === 0 ? (
        <p className={classes.hint}>{words.t('forms.nextSteps.none')}</p>
      ) : (
        <ul aria-labelledby={state.headingId} className={classes.list}>
          {state.rows.map((row) => (
            <li key={row.id}>
              {state.editingId === row.id ? (
                <NextStepEditor
                  step={row}
                  owners={state.owners}
                  today={state.today}
                  onSave={(changes) => state.onEdit(row.id, changes)}
                  onDone={() => state.setEditingId(null)}
                  classes={classes}
                />
              ) : (
                <div className={classes.row}>
                  {/* The checkbox is named by the step itself: checking it marks the step done. */}
                  <Checkbox
                    checked={row.done}
                    disabled={!state.canSetDone}
                    onChange={(_, d) => state.setDone(row.id, d.checked === true)}
                    label={<span className={classes.text}>{row.text}</span>}
                  />
                  <div>
                    {state.canEdit && (
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={<Edit16Regular />}
                        aria-label={words.t('forms.nextSteps.editItem', { text: row.text })}
                        onClick={() => state.setEditingId(row.id)}
                      />
                    )}
                    {state.canRemove && (
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={<Delete16Regular />}
                        aria-label={words.t('forms.nextSteps.removeItem', { text: row.text })}
                        onClick={() => state.remove(row.id)}
                      />
                    )}
                  </div>
                </div>
              )}
              <p className={classes.meta}>
                {row.done
                  ? words.t('forms.nextSteps.metaDone', { owner: row.ownerName, due: row.dueText })
                  : words.t('forms.nextSteps.meta', { owner: row.ownerName, due: row.dueText })}
              </p>
              <InlineAlert message={state.rowError?.id === row.id ? state.rowError.message : null} />
            </li>
          ))}
        </ul>
      )}
      {state.canAdd && (
        <form
          className={classes.form}
          // The fields are checked by the domain's rules and the message is said at each field,
          // in the user's own date format, instead of the browser's bubble (or nothing at all).
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            state.submitNew();
          }}
        >
          <Field
            label={words.t('forms.nextSteps.textLabel')}
            validationState={state.textError ? 'error' : 'none'}
            validationMessage={state.textError}
          >
            <Input dir="auto" value={state.text} onChange={(_, d) => state.setText(d.value)} />
          </Field>
          <Field label={words.t('forms.nextSteps.ownerLabel')}>
            <Select value={state.ownerId} onChange={(_, d) => state.setOwnerId(d.value)}>
              {state.owners.map((o) => (
                <option key={o.userId} value={o.userId}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={words.t('forms.nextSteps.dueLabel')}
            validationState={state.dueError ? 'error' : 'none'}
            validationMessage={state.dueError}
          >
            {/* A native date input: light, keyboard-friendly, and localised by the browser. */}
            <Input type="date" min={state.today} value={state.due} onChange={(_, d) => state.setDue(d.value)} />
          </Field>
          <div className={classes.actions}>
            <Button type="submit">{words.t('forms.nextSteps.add')}</Button>
          </div>
          <InlineAlert message={state.addError} />
        </form>
      )}
    </section>
  );
}
