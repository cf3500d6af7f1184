import { useId } from 'react';
import { Text } from '@fluentui/react-components';
import { EntryLinks } from './EntryLinks';
import type { SimPerson } from './host';
import { COACHING_LIST, type LoadTasks, type TaskEntry } from './sandboxTasks';
import { PolledListStatus } from './PolledListStatus';
import { usePolledList } from './usePolledList';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

/** How often a To Do view asks the sandbox again. */
export const TASKS_POLL_MS = 2_000;

const taskKey = (t: TaskEntry) => t.id;
const taskState = (t: TaskEntry) => String(t.done);
const dueFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const formatDue = (due: string) => dueFormat.format(Date.parse(`${due}T00:00:00Z`));

export interface ParticipantTasksProps {
  person: SimPerson;
  load: LoadTasks;
  pollMs?: number;
}

/** A person's Microsoft To Do "Coaching" list as Graph (the local sandbox) gives it to them. */
export function ParticipantTasks({ person, load, pollMs = TASKS_POLL_MS }: ParticipantTasksProps) {
  const styles = useSimulatorStyles();
  const headingId = useId();
  const { state, news } = usePolledList(person.userId, load, pollMs, taskKey, taskState);
  const name = `${person.displayName}’s To Do`;

  return (
    <section className={styles.calendar} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" size={300} className={styles.paneHeading}>
        {name}
      </Text>
      <PolledListStatus state={state} source="To Do" empty={`No tasks in “${COACHING_LIST}” yet`} />
      {state.kind === 'ready' && state.items.length > 0 && (
        <ul className={styles.calendarList} aria-label={`${COACHING_LIST} list`}>
          {state.items.map((t) => (
            <li key={t.id} className={styles.calendarEntry}>
              <Text weight="semibold" size={200} className={styles.calendarSubject}>
                {t.title}
              </Text>
              <Text size={200} className={styles.status}>
                {t.done ? 'Completed' : 'Not started'}
                {t.due && (
                  <>
                    {' · due '}
                    <time dateTime={t.due}>{formatDue(t.due)}</time>
                  </>
                )}
              </Text>
              <EntryLinks links={t.links} person={person} />
            </li>
          ))}
        </ul>
      )}
      <div aria-live="polite" className={styles.visuallyHidden}>
        {[...news.added, ...news.changed].map((t) => `${name}: ${t.title}, ${t.done ? 'completed' : 'not started'}.`).join(' ')}
      </div>
    </section>
  );
}
