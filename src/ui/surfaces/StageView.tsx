import { useId, type ReactNode } from 'react';
import { STAGE_LABELS, type SessionState } from '../../domain';
import { StageStepper } from '../components/StageStepper';
import { nameOf } from '../format';
import { useNow, useSession } from '../hooks';
import { useStageViewStyles } from './useStageViewStyles.styles';

/** Same tick as the side panel's stepper: time in stage is shown in minutes. */
const STEPPER_TICK_MS = 15_000;

const byTime = <T extends { at: number }>(items: Record<string, T>): T[] =>
  Object.values(items).sort((a, b) => a.at - b.at);

function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStageViewStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        {title}
      </h3>
      {children}
    </section>
  );
}

function SessionSummary({ session }: { session: SessionState }) {
  const styles = useStageViewStyles();
  const challenge = session.challenge.currentId ? session.challenge.versions[session.challenge.currentId] : null;
  const options = byTime(session.options);
  const steps = byTime(session.nextSteps);
  return (
    <div className={styles.columns}>
      <Section title="Challenge">
        <p className={challenge ? styles.body : styles.hint}>{challenge?.text ?? 'Not stated yet.'}</p>
      </Section>
      <Section title="Options">
        {options.length === 0 ? (
          <p className={styles.hint}>No options yet.</p>
        ) : (
          <ul className={styles.list}>
            {options.map((o) => (
              <li key={o.id}>
                {o.text}
                {o.id === session.chosenOptionId ? ' (chosen)' : ''}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Next steps">
        {steps.length === 0 ? (
          <p className={styles.hint}>No next steps yet.</p>
        ) : (
          <ul className={styles.list}>
            {steps.map((s) => (
              <li key={s.id}>
                {s.text}: {nameOf(session.participants, s.ownerId)}, by {s.due}
                {s.done ? ' (done)' : ''}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}

/**
 * The meeting stage: the session everyone looks at together, large and
 * read-only. Changes are made in each person's side panel.
 */
export function StageView() {
  const styles = useStageViewStyles();
  const { session } = useSession();
  const now = useNow(STEPPER_TICK_MS);
  if (!session) {
    return (
      <p role="status" className={styles.connecting}>
        Connecting…
      </p>
    );
  }
  return (
    <main className={styles.root}>
      <h1 className={styles.title}>Stagecoach</h1>
      <StageStepper session={session} now={now} />
      <h2 className={styles.stageHeading}>Current stage: {STAGE_LABELS[session.stage]}</h2>
      <SessionSummary session={session} />
    </main>
  );
}
