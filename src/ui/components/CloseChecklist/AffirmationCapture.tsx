import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { mayIssue, SUGGESTED_AFFIRMATIONS, type Affirmation, type Role } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { Disclosure, useRejection, useSectionStyles } from '../shared';

export interface AffirmationCaptureProps {
  affirmation: Affirmation | null;
  coacheeName: string;
  role: Role;
  onGive(text: string): DispatchResult;
}

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
        label={`Your belief in ${coacheeName}`}
        hint="Say it aloud too, in your own words."
        validationState={giving.error ? 'error' : 'none'}
        validationMessage={giving.error}
      >
        <Textarea value={draft} resize="vertical" textarea={{ className: styles.grow }} onChange={(_, d) => setDraft(d.value)} />
      </Field>
      <Disclosure summary={`Suggested wording (${SUGGESTED_AFFIRMATIONS.length})`}>
        <p id={suggestionsId} className={styles.hint}>
          Pick one to fill the box above, then make it your own.
        </p>
        <div role="group" aria-label="Suggested wording" aria-describedby={suggestionsId} className={styles.form}>
          {SUGGESTED_AFFIRMATIONS.map((text) => (
            <Button key={text} size="small" className={own.suggestion} onClick={() => setDraft(text)}>
              {text}
            </Button>
          ))}
        </div>
      </Disclosure>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {affirmation ? 'Update affirmation' : 'Give affirmation'}
        </Button>
      </div>
    </form>
  );

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        Affirmation
      </h3>
      {affirmation && <blockquote className={styles.quote}>{affirmation.text}</blockquote>}
      {!canGive && !affirmation && <p className={styles.hint}>The coach has not given the affirmation yet.</p>}
      {canGive && (affirmation ? <Disclosure summary="Change the affirmation">{form}</Disclosure> : form)}
    </section>
  );
}
