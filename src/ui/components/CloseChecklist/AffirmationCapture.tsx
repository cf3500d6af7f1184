import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { mayIssue, type Affirmation, type Role } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import type { MessageId } from '../../../words';
import { useWords } from '../../words';
import { Disclosure, useRejection, useSectionStyles } from '../shared';

export interface AffirmationCaptureProps {
  affirmation: Affirmation | null;
  /** Null when no coachee has joined: the label then names their role. */
  coacheeName: string | null;
  role: Role;
  onGive(text: string): DispatchResult;
}

/**
 * Starting points for the coach's closing affirmation: a statement of belief
 * in the coachee and their plan. The coach adapts them; they are not a script.
 */
export const SUGGESTED_AFFIRMATION_IDS: readonly MessageId[] = [
  'forms.affirmation.suggestion.clearPlan',
  'forms.affirmation.suggestion.openness',
  'forms.affirmation.suggestion.strengths',
  'forms.affirmation.suggestion.yours',
];

const useStyles = makeStyles({
  suggestion: {
    // Suggestions are sentences: let them wrap instead of widening the panel.
    whiteSpace: 'normal',
    textAlign: 'start',
    justifyContent: 'flex-start',
    height: 'auto',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
});

/** The coach states belief in the coachee; suggested wording is a starting point to adapt. */
export function AffirmationCapture({ affirmation, coacheeName, role, onGive }: AffirmationCaptureProps) {
  const styles = useSectionStyles();
  const own = useStyles();
  const words = useWords();
  const suggestions = SUGGESTED_AFFIRMATION_IDS.map((id) => words.t(id));
  const headingId = useId();
  const suggestionsId = useId();
  const [draft, setDraft] = useState(affirmation?.text ?? '');
  const giving = useRejection();
  const canGive = mayIssue(role, 'giveAffirmation');

  const form = (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        giving.check(onGive(draft));
      }}
    >
      <Field
        label={
          coacheeName === null ? words.t('forms.affirmation.labelUnnamed') : words.t('forms.affirmation.labelNamed', { name: coacheeName })
        }
        hint={words.t('forms.affirmation.hint')}
        validationState={giving.error ? 'error' : 'none'}
        validationMessage={giving.error}
      >
        <Textarea dir="auto" value={draft} resize="vertical" textarea={{ className: styles.grow }} onChange={(_, d) => setDraft(d.value)} />
      </Field>
      <Disclosure summary={words.t('forms.affirmation.suggestions', { count: words.number(suggestions.length) })}>
        <p id={suggestionsId} className={styles.hint}>
          {words.t('forms.affirmation.suggestionsHint')}
        </p>
        <div
          role="group"
          aria-label={words.t('forms.affirmation.suggestionsGroup')}
          aria-describedby={suggestionsId}
          className={styles.form}
        >
          {suggestions.map((text) => (
            <Button key={text} size="small" className={own.suggestion} onClick={() => setDraft(text)}>
              {text}
            </Button>
          ))}
        </div>
      </Disclosure>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {affirmation ? words.t('forms.affirmation.update') : words.t('forms.affirmation.give')}
        </Button>
      </div>
    </form>
  );

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        {words.t('forms.affirmation.heading')}
      </h3>
      {affirmation && (
        <blockquote className={styles.quote} dir="auto">
          {affirmation.text}
        </blockquote>
      )}
      {!canGive && !affirmation && <p className={styles.hint}>{words.t('forms.affirmation.notYet')}</p>}
      {canGive && (affirmation ? <Disclosure summary={words.t('forms.affirmation.change')}>{form}</Disclosure> : form)}
    </section>
  );
}
