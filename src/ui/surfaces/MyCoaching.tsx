import { useId, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import type { LocalDate, UserId } from '../../domain';
import type { Clock, MyCoachingSource, OwnTaskDone } from '../../ports';
import { MyCoachees, MyFollowUps, MyNextSteps, myCoachingView, PastSessions, useMyCoachingStyles } from '../components/MyCoaching';
import { OpenedSession } from '../components/MyCoaching/OpenedSession';
import { useMyCoachingData } from './useMyCoachingData';
import { useMyCoachingSurfaceStyles } from './useMyCoachingSurfaceStyles.styles';

export interface MyCoachingProps {
  /** The signed-in user; null while the host has not said who they are. */
  userId: UserId | null;
  /** Reads and opens only this user's own data. Null until it is ready (the page shows "Connecting…"). */
  source: MyCoachingSource | null;
  clock: Clock;
  /** The viewer's locale for dates (the host's); the browser's when absent. */
  locale?: string;
  /** The session a notes link opened the tab on (the context's subPageId, checked by the host adapter): its notes come first. */
  openSessionId?: string | null;
}

const NO_TASKS = new Map<string, boolean>();

function TaskListLine({ tasks, onRetry }: { tasks: OwnTaskDone | null; onRetry(): void }) {
  const styles = useMyCoachingStyles();
  if (tasks === null) {
    return (
      <p role="status" className={styles.note}>
        Reading your task list…
      </p>
    );
  }
  if (tasks.kind === 'read') return <p role="status" className={styles.note} hidden />;
  return (
    <div className={styles.problem}>
      <p role="status" className={styles.warning}>
        Your task list could not be read ({tasks.message}), so done states may be out of date.
      </p>
      <Button size="small" onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}

function Content({
  userId,
  source,
  clock,
  locale,
  title,
  openSessionId,
}: MyCoachingProps & { userId: UserId; source: MyCoachingSource; title: ReactNode }) {
  const page = useMyCoachingSurfaceStyles();
  const styles = useMyCoachingStyles();
  const { sessions, tasks, retrySessions, retryTasks } = useMyCoachingData(source);
  if (sessions === null) {
    return (
      <>
        {title}
        <p role="status" className={page.meta}>
          Looking for your coaching sessions…
        </p>
      </>
    );
  }
  if (sessions.kind === 'failed') {
    return (
      <>
        {title}
        <div className={styles.problem}>
          <p role="alert" className={styles.warning}>
            Your coaching sessions could not be read: {sessions.message}
          </p>
          <Button onClick={retrySessions}>Try again</Button>
        </div>
      </>
    );
  }
  const skipped =
    sessions.skipped > 0 ? (
      <p className={page.meta}>
        {sessions.skipped === 1 ? '1 saved session' : `${sessions.skipped} saved sessions`} could not be read and{' '}
        {sessions.skipped === 1 ? 'is' : 'are'} not shown (left untouched).
      </p>
    ) : null;
  // Only the user's own task list, and only for the steps they own (planOf).
  const ownTaskDone = tasks?.kind === 'read' ? tasks.done : NO_TASKS;
  const today: LocalDate = clock.today();
  const view = myCoachingView(sessions.sessions, userId, ownTaskDone, today, clock.now());
  // A notes link opened the tab on a session: its notes come first.
  const opened = openSessionId ? <OpenedSession sessionId={openSessionId} sessions={sessions.sessions} /> : null;
  if (!view.asCoachee && !view.asCoach) {
    return (
      <>
        {title}
        {opened}
        <p className={page.hint}>
          No sessions stored yet. When you coach or are coached with Stagecoach in a Teams meeting, your copy of each session is saved to
          your OneDrive, and your next steps and follow-ups show here.
        </p>
        {skipped}
      </>
    );
  }
  const open = (iCalUId: string) => source.openFollowUp(iCalUId);
  const taskLine = <TaskListLine tasks={tasks} onRetry={retryTasks} />;
  return (
    <>
      {title}
      {opened}
      {view.asCoachee && (
        <div className={page.overview}>
          <MyNextSteps steps={view.asCoachee.steps} overdue={view.asCoachee.overdue} today={today} locale={locale} status={taskLine} />
          <MyFollowUps followUps={view.asCoachee.followUps} locale={locale} openFollowUp={open} />
        </div>
      )}
      {view.asCoach && (
        <>
          {!view.asCoachee && taskLine}
          <MyCoachees coachees={view.asCoach.coachees} today={today} locale={locale} openFollowUp={open} />
        </>
      )}
      {view.asCoachee && <PastSessions sessions={view.asCoachee.past} locale={locale} />}
      {skipped}
    </>
  );
}

/**
 * The personal tab, "My coaching", in Teams, Outlook and the Microsoft 365
 * app, for a reader in a hurry: as coachee, what they owe and by when (open
 * steps, overdue first), then their next follow-up, then past sessions; as
 * coach, each coachee with the next follow-up and the plan as agreed.
 * Everything is read from the user's own storage and task list.
 */
export function MyCoaching(props: MyCoachingProps) {
  const page = useMyCoachingSurfaceStyles();
  const titleId = useId();
  const { userId, source } = props;
  const title = (
    <h1 id={titleId} className={page.title}>
      My coaching
    </h1>
  );
  return (
    <main className={page.page} aria-labelledby={titleId}>
      <div className={page.column}>
        {userId && source ? (
          <Content {...props} userId={userId} source={source} title={title} />
        ) : (
          <>
            {title}
            <p role="status" className={page.meta}>
              Connecting…
            </p>
          </>
        )}
      </div>
    </main>
  );
}

export default MyCoaching;
