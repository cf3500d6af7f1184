import { Button, Field, Textarea } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { mayIssue, type CoacheeSummary, type Role } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { useRejection, useSectionStyles } from '../shared';

export interface CoacheeSummaryCaptureProps {
  summary: CoacheeSummary | null;
  coacheeName: string;
  role: Role;
  onWrite(text: string): DispatchResult;
}

/** The coachee's own summary of what they will do and by when: only they write it. */
export function CoacheeSummaryCapture({ summary, coacheeName, role, onWrite }: CoacheeSummaryCaptureProps) {
  const styles = useSectionStyles();
  const headingId = useId();
  // Starts from the saved summary so the coachee refines it rather than retyping it.
  const [draft, setDraft] = useState(summary?.text ?? '');
  const [saved, setSaved] = useState(false);
  const writing = useRejection();
  const canWrite = mayIssue(role, 'writeCoacheeSummary');

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        {canWrite ? 'Your summary' : `${coacheeName}’s summary`}
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
            label="What you will do, and by when"
            hint="In your own words."
            validationState={writing.error ? 'error' : saved ? 'success' : 'none'}
            validationMessage={writing.error ?? (saved ? 'Summary saved.' : undefined)}
          >
            <Textarea
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
              Save summary
            </Button>
          </div>
        </form>
      ) : summary ? (
        <blockquote className={styles.quote}>{summary.text}</blockquote>
      ) : (
        <p className={styles.hint}>{coacheeName} has not written their summary yet.</p>
      )}
    </section>
  );
}
