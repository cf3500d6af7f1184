import { Suspense, useEffect } from 'react';
import { participantWithRole } from '../../domain';
import { roleLabel } from '../format';
import { stageSummary } from '../components/StageSummary';
import { useNow, useSession } from '../hooks';
import { useWords } from '../words';
import { useStageViewStyles } from './useStageViewStyles.styles';

/** Same tick as the side panel's stepper: time in stage is shown in minutes. */
const STEPPER_TICK_MS = 15_000;

/**
 * The meeting stage: the session everyone looks at together, large and
 * read-only, for both people to read at a distance while they talk. Where
 * they are first, then what they agreed, then the closure as it happens.
 * Changes are made in each person's side panel and show here live.
 * `waitingForOrganizer`: the live session waits for the meeting's organizer
 * to open Stagecoach, and the stage says so rather than "Connecting…".
 */
export function StageView({ waitingForOrganizer = false }: { waitingForOrganizer?: boolean }) {
  const styles = useStageViewStyles();
  const words = useWords();
  const { session } = useSession();
  const now = useNow(STEPPER_TICK_MS);
  // Everything below the title comes in a chunk of its own, fetched while Live Share connects.
  useEffect(() => {
    void stageSummary.preload();
  }, []);
  if (!session) {
    return (
      <p role="status" className={styles.connecting}>
        {words.t(waitingForOrganizer ? 'stage.waitingForOrganizer' : 'stage.connecting')}
      </p>
    );
  }
  const coach = participantWithRole(session.participants, 'coach');
  const coachee = participantWithRole(session.participants, 'coachee');
  const Summary = stageSummary.Component;
  return (
    <main className={styles.root}>
      <div className={styles.content}>
        <header className={styles.header}>
          <h1 className={styles.title}>Stagecoach</h1>
          {(coach || coachee) && (
            <p className={styles.people}>
              {[coach, coachee]
                .filter((p) => p !== undefined)
                .map((p) => words.t('stage.person', { role: roleLabel(words, p.role), name: p.displayName }))
                .join(' · ')}
            </p>
          )}
        </header>
        <Suspense
          fallback={
            <p role="status" className={styles.loading}>
              {words.t('stage.loading')}
            </p>
          }
        >
          <Summary session={session} now={now} />
        </Suspense>
      </div>
    </main>
  );
}
