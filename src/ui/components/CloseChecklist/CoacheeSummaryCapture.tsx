import { Button, Field, Textarea } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { mayIssue, type CoacheeSummary, type Role } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { useWords } from '../../words';
import { useRejection, useSectionStyles } from '../shared';

export interface CoacheeSummaryCaptureProps {
  summary: CoacheeSummary | null;
  /** Null when no coachee has joined: the text then names their role. */
  coacheeName: string | null;
  role: Role;
  onWrite(text: string): DispatchResult;
}

/** The coachee's own summary of what they will do and by when: only they write it. */
export function CoacheeSummaryCapture({ summary, coacheeName, role, onWrite }: CoacheeSummaryCaptureProps) {
  const styles = useSectionStyles();
  const words = useWords();
  const headingId = useId();
  // Starts from the saved summary so the coachee refines it rather than retyping it.
  const [draft, setDraft] = useState(summary?.text ?? '');
  const [saved, setSaved] = useState(false);
  const writing = useRejection();
  const canWrite = mayIssue(role, 'writeCoacheeSummary');

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        {canWrite
          ? words.t('forms.summary.headingOwn')
          : coacheeName === null
            ? words.t('forms.summary.headingUnnamed')
            : words.t('forms.summary.headingNamed', { name: coacheeName })}
      </h3>
      {canWrite ? (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            setSaved(writing.check(onWrite(draft)));
          }}
        >
          <Field
            label={words.t('forms.summary.label')}
            hint={words.t('forms.summary.hint')}
            validationState={writing.error ? 'error' : saved ? 'success' : 'none'}
            validationMessage={writing.error ?? (saved ? words.t('forms.summary.saved') : undefined)}
          >
            <Textarea
              dir="auto"
              value={draft}
              resize="vertical"
              textarea={{ className: styles.grow }}
              onChange={(_, d) => {
                setDraft(d.value);
                setSaved(false);
              }}
            />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary">
              {words.t('forms.summary.save')}
            </Button>
          </div>
        </form>
      ) : summary ? (
        <blockquote className={styles.quote} dir="auto">
          {summary.text}
        </blockquote>
      ) : (
        <p className={styles.hint}>
          {coacheeName === null ? words.t('forms.summary.notYetUnnamed') : words.t('forms.summary.notYetNamed', { name: coacheeName })}
        </p>
      )}
    </section>
  );
}
