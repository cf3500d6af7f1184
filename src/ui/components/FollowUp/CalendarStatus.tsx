import { Button, Spinner } from '@fluentui/react-components';
import { CheckmarkCircle16Filled } from '@fluentui/react-icons';
import type { FollowUp, Role } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import type { CalendarAccess } from '../../../ports';
import { useWords } from '../../words';
import { InlineAlert, richWords, useRejection, useSectionStyles } from '../shared';
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
  const words = useWords();
  const task = useCalendarTask(calendar);
  const recording = useRejection();
  const { coachEvent, coacheeAcceptedAt } = followUp;
  const mayAccept = role === 'coachee' && calendar && coachEvent !== null && coacheeAcceptedAt === null;

  const accept = () =>
    coachEvent &&
    void task.run(async (gateway) => {
      // The start lets the coachee's calendar find an occurrence of a series too (by its own iCalUId).
      const outcome = await gateway.acceptInvite(coachEvent.iCalUId, followUp.start ?? undefined);
      if (outcome.ok) recording.check(onAccepted());
      return outcome;
    });

  const yes = <Done>{words.t('panel.calendar.yes')}</Done>;
  const notYet = <strong>{words.t('panel.calendar.notYet')}</strong>;

  return (
    <>
      <ul aria-label={words.t('panel.calendar.label')} className={styles.list}>
        <li>{richWords(words, 'panel.calendar.onCoachCalendar', { state: coachEvent ? yes : notYet }, { coach: coachName })}</li>
        <li>
          {richWords(words, 'panel.calendar.acceptedBy', { state: coacheeAcceptedAt !== null ? yes : notYet }, { coachee: coacheeName })}
        </li>
      </ul>
      {mayAccept && (
        <div className={styles.form}>
          <p className={styles.hint}>{words.t('panel.calendar.inviteSent', { coach: coachName })}</p>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={accept} disabled={task.pending}>
              {words.t('panel.calendar.accept')}
            </Button>
            {task.pending && <Spinner size="tiny" label={words.t('panel.calendar.accepting')} />}
          </div>
          <CalendarFailure failure={task.failure} onRetry={task.retry} disabled={task.pending} />
          <InlineAlert message={recording.error} />
        </div>
      )}
      {coachEvent === null && !calendar && (
        <p className={styles.hint}>{words.t('panel.calendar.notScheduled', { coach: coachName, coachee: coacheeName })}</p>
      )}
    </>
  );
}
