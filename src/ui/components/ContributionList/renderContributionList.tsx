import { Button, Field, Input } from '@fluentui/react-components';
import { Delete16Regular, Edit16Regular } from '@fluentui/react-icons';
import { InlineAlert } from '../shared';
import type { ContributionListState, ContributionRow } from './ContributionList.types';
import type { ContributionListClasses } from './useContributionListStyles.styles';

function renderRow(state: ContributionListState, row: ContributionRow, classes: ContributionListClasses) {
  const { labels } = state;
  if (state.editing?.id === row.id) {
    return (
      <form
        className={classes.form}
        onSubmit={(e) => {
          e.preventDefault();
          state.saveEdit();
        }}
      >
        <Field label={labels.edit} validationState={state.editError ? 'error' : 'none'} validationMessage={state.editError}>
          <Input dir="auto" value={state.editing.draft} onChange={(_, d) => state.setEditDraft(d.value)} />
        </Field>
        <div className={classes.actions}>
          <Button type="submit" appearance="primary" size="small">
            {labels.save}
          </Button>
          <Button size="small" onClick={state.cancelEdit}>
            {labels.cancel}
          </Button>
        </div>
      </form>
    );
  }
  return (
    <>
      <div className={classes.row}>
        <span className={classes.text}>
          {row.text}
          {state.showAuthor && <span className={classes.hint}> {labels.proposedBy(row.authorName)}</span>}
        </span>
        <span className={classes.rowActions}>
          {state.canEdit && (
            <Button
              size="small"
              appearance="subtle"
              icon={<Edit16Regular />}
              aria-label={labels.editItem(row.text)}
              onClick={() => state.startEdit(row)}
            />
          )}
          {state.canRemove && (
            <Button
              size="small"
              appearance="subtle"
              icon={<Delete16Regular />}
              aria-label={labels.removeItem(row.text)}
              onClick={() => state.remove(row.id)}
            />
          )}
        </span>
      </div>
      <InlineAlert message={state.removeError?.id === row.id ? state.removeError.message : null} />
    </>
  );
}

export function renderContributionList(state: ContributionListState, classes: ContributionListClasses) {
  return (
    <section aria-labelledby={state.headingId} className={classes.section}>
      <h3 id={state.headingId} className={classes.heading}>
        {state.labels.title}
      </h3>
      {state.rows.length === 0 ? (
        <p className={classes.hint}>{state.labels.none}</p>
      ) : (
        <ul aria-labelledby={state.headingId} className={classes.list}>
          {state.rows.map((row) => (
            <li key={row.id}>{renderRow(state, row, classes)}</li>
          ))}
        </ul>
      )}
      {state.canAdd && (
        <form
          className={classes.form}
          onSubmit={(e) => {
            e.preventDefault();
            state.submitNew();
          }}
        >
          <Field
            label={state.labels.newItem}
            hint={state.hint}
            validationState={state.addError ? 'error' : 'none'}
            validationMessage={state.addError}
          >
            <Input dir="auto" value={state.draft} onChange={(_, d) => state.setDraft(d.value)} />
          </Field>
          <div className={classes.actions}>
            <Button type="submit">{state.labels.add}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
