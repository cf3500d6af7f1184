import { useId, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import type { EpochMs, LocalDate, UserId } from '../../domain';
import type { Clock, MyCoachingSource, OwnTaskDone } from '../../ports';
import { MyCoachees, MyFollowUps, MyNextSteps, myCoachingView, PastSessions, useMyCoachingStyles } from '../components/MyCoaching';
import { OpenedSession } from '../components/MyCoaching/OpenedSession';
import { MyInsights } from '../components/Insights';
import { failureText } from '../content/failures';
import { useWords } from '../words';
import { useMyCoachingData } from './useMyCoachingData';
import { useMyCoachingSurfaceStyles } from './useMyCoachingSurfaceStyles.styles';

export interface MyCoachingProps {
  /** The signed-in user; null while the host has not said who they are. */
  userId: UserId | null;
  /** Reads and opens only this user's own data. Null until it is ready (the page shows "Connecting…"). */
  source: MyCoachingSource | null;
  clock: Clock;
  /** The session a notes link opened the tab on (the context's subPageId, checked by the host adapter): its notes come first. */
  openSessionId?: string | null;
}

const NO_TASKS = new Map<string, boolean>();

function TaskListLine({ tasks, onRetry }: { tasks: OwnTaskDone | null; onRetry(): void }) {
  const styles = useMyCoachingStyles();
  const words = useWords();
  if (tasks === null) {
    return (
      <p role="status" className={styles.note}>
        {words.t('afterMeeting.tasks.reading')}
      </p>
    );
  }
  if (tasks.kind === 'read') return <p role="status" className={styles.note} hidden />;
  return (
    <div className={styles.problem}>
      <p role="status" className={styles.warning}>
        {words.t('afterMeeting.tasks.unread', { message: failureText(words, tasks.failure) })}
      </p>
      <Button size="small" onClick={onRetry}>
        {words.t('common.tryAgain')}
      </Button>
    </div>
  );
}

function Content({
  userId,
  source,
  clock,
  title,
  openSessionId,
}: MyCoachingProps & { userId: UserId; source: MyCoachingSource; title: ReactNode }) {
  const page = useMyCoachingSurfaceStyles();
  const styles = useMyCoachingStyles();
  const words = useWords();
  const { sessions, reading, facts, tasks, retrySessions, retryTasks } = useMyCoachingData(source);
  if (sessions === null) {
    return (
      <>
        {title}
        <p role="status" className={page.meta}>
          {words.t('afterMeeting.sessions.looking')}
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
            {words.t('afterMeeting.sessions.unread', { message: failureText(words, sessions.failure) })}
          </p>
          <Button onClick={retrySessions}>{words.t('common.tryAgain')}</Button>
        </div>
      </>
    );
  }
  const skipped =
    sessions.skipped > 0 ? <p className={page.meta}>{words.t('afterMeeting.sessions.skipped', { count: sessions.skipped })}</p> : null;
  // Only the user's own task list, and only for the steps they own (planOf).
  const ownTaskDone = tasks?.kind === 'read' ? tasks.done : NO_TASKS;
  const today: LocalDate = clock.today();
  const view = myCoachingView(sessions.sessions, userId, ownTaskDone, today, clock.now());
  // A notes link opened the tab on a session: its notes come first (once read: "not saved" only when every file was).
  const openedRead = sessions.sessions.some((s) => s.sessionId === openSessionId);
  const opened =
    openSessionId && (openedRead || !reading) ? <OpenedSession sessionId={openSessionId} sessions={sessions.sessions} /> : null;
  // Polite: said once as the newest sessions appear, and gone when the older ones are in.
  const olderStatus = (
    <p role="status" className={page.meta}>
      {reading ? words.t('afterMeeting.sessions.readingOlder') : null}
    </p>
  );
  if (!view.asCoachee && !view.asCoach) {
    return (
      <>
        {title}
        {opened}
        {reading ? (
          <p role="status" className={page.meta}>
            {words.t('afterMeeting.sessions.looking')}
          </p>
        ) : (
          <p className={page.hint}>{words.t('afterMeeting.sessions.noneYet')}</p>
        )}
        {skipped}
      </>
    );
  }
  const open = (iCalUId: string, around?: EpochMs) => source.openFollowUp(iCalUId, around);
  const taskLine = <TaskListLine tasks={tasks} onRetry={retryTasks} />;
  return (
    <>
      {title}
      {opened}
      {view.asCoachee && (
        <div className={page.overview}>
          <MyNextSteps steps={view.asCoachee.steps} overdue={view.asCoachee.overdue} today={today} status={taskLine} />
          <MyFollowUps followUps={view.asCoachee.followUps} openFollowUp={open} />
        </div>
      )}
      {view.asCoach && (
        <>
          {!view.asCoachee && taskLine}
          <MyCoachees coachees={view.asCoach.coachees} today={today} openFollowUp={open} />
        </>
      )}
      {view.asCoachee && <PastSessions sessions={view.asCoachee.past} />}
      {olderStatus}
      {/* Last, and closed until asked for: its charts are a chunk of their own. */}
      <MyInsights facts={facts} userId={userId} ownTaskDone={ownTaskDone} />
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
  const words = useWords();
  const titleId = useId();
  const { userId, source } = props;
  const title = (
    <h1 id={titleId} className={page.title}>
      {words.t('afterMeeting.myCoaching.title')}
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
              {words.t('afterMeeting.myCoaching.connecting')}
            </p>
          </>
        )}
      </div>
    </main>
  );
}

export default MyCoaching;
