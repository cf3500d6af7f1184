import { Button, Spinner } from '@fluentui/react-components';
import { CheckmarkCircle16Filled } from '@fluentui/react-icons';
import type { FollowUp, Role } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import type { CalendarAccess } from '../../../ports';
import { InlineAlert, useRejection, useSectionStyles } from '../shared';
import { CalendarFailure } from './CalendarFailure';
import { useCalendarTask } from './useCalendarTask';

export interface CalendarStatusProps {
  followUp: FollowUp;
  coachName: string;
  coacheeName: string;
  role: Role;
  calendar?: CalendarAccess;
  onAccepted(): DispatchResult;
}

function Done({ children }: { children: string }) {
  return (
    <strong>
      <CheckmarkCircle16Filled aria-hidden /> {children}
    </strong>
  );
}

/**
 * Where the follow-up stands on each calendar, for everyone. The coachee
 * accepts the invite here, on their own calendar with their own sign-in.
 */
export function CalendarStatus({ followUp, coachName, coacheeName, role, calendar, onAccepted }: CalendarStatusProps) {
  const styles = useSectionStyles();
  const task = useCalendarTask(calendar);
  const recording = useRejection();
  const { coachEvent, coacheeAcceptedAt } = followUp;
  const mayAccept = role === 'coachee' && calendar && coachEvent !== null && coacheeAcceptedAt === null;

  const accept = () =>
    coachEvent &&
    void task.run(async (gateway) => {
      const outcome = await gateway.acceptInvite(coachEvent.iCalUId);
      if (outcome.ok) recording.check(onAccepted());
      return outcome;
    });

  return (
    <>
      <ul aria-label="Calendar status" className={styles.list}>
        <li>
          On {coachName}’s calendar: {coachEvent ? <Done>yes</Done> : <strong>not yet</strong>}
        </li>
        <li>
          Accepted by {coacheeName}: {coacheeAcceptedAt !== null ? <Done>yes</Done> : <strong>not yet</strong>}
        </li>
      </ul>
      {mayAccept && (
        <div className={styles.form}>
          <p className={styles.hint}>{coachName} sent you the invite. Accepting puts it on your own calendar.</p>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={accept} disabled={task.pending}>
              Accept on my calendar
            </Button>
            {task.pending && <Spinner size="tiny" label="Accepting…" />}
          </div>
          <CalendarFailure failure={task.failure} onRetry={task.retry} disabled={task.pending} />
          <InlineAlert message={recording.error} />
        </div>
      )}
      {coachEvent === null && !calendar && (
        <p className={styles.hint}>
          Not scheduled yet. Once the invite is on {coachName}’s calendar and {coacheeName} accepts it on theirs, it shows here.
        </p>
      )}
    </>
  );
}
