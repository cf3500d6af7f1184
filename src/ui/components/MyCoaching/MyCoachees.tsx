import { CheckmarkCircle16Regular } from '@fluentui/react-icons';
import type { CoacheeOverview } from '../../../domain';
import type { FollowUpOpening } from '../../../ports';
import { NotesEmpty, NotesSection } from '../Notes/NotesSection';
import { useNotesStyles } from '../Notes/useNotesStyles.styles';
import { dayText, shortDate, whenText } from './formatMyCoaching';
import { OpenFollowUpButton } from './OpenFollowUpButton';
import { useMyCoachingStyles } from './useMyCoachingStyles.styles';

export interface MyCoacheesProps {
  /**
   * The people the user coaches (coacheesOf), with each plan as the session
   * recorded it. There is no task-list input here: a coach never sees a
   * coachee's own tasks.
   */
  coachees: readonly CoacheeOverview[];
  locale?: string;
  openFollowUp(iCalUId: string): Promise<FollowUpOpening>;
}

function Coachee({ coachee, locale, openFollowUp }: { coachee: CoacheeOverview } & Omit<MyCoacheesProps, 'coachees'>) {
  const notes = useNotesStyles();
  const styles = useMyCoachingStyles();
  const { plan, nextFollowUp, name } = coachee;
  const when = nextFollowUp === null ? null : whenText(nextFollowUp, locale);
  return (
    <li className={styles.coachee}>
      <NotesSection title={name} level={3}>
        <div className={styles.row}>
          <div className={styles.grow}>
            <p className={notes.meta}>Last session: {dayText(coachee.latest.createdAt, locale)}</p>
            <p className={notes.text}>{when ? `Next follow-up: ${when}` : 'No follow-up planned.'}</p>
          </div>
          {when && plan.followUpICalUId && (
            <OpenFollowUpButton iCalUId={plan.followUpICalUId} describedAs={`follow-up with ${name}, ${when}`} openFollowUp={openFollowUp} />
          )}
        </div>
        <p className={notes.text}>
          Challenge: <span dir="auto">{plan.challenge || 'None stated.'}</span>
        </p>
        {plan.chosenOption && (
          <p className={notes.text}>
            Chosen option: <span dir="auto">{plan.chosenOption}</span>
          </p>
        )}
        <p className={notes.subheading}>The plan as agreed</p>
        {plan.steps.length === 0 ? (
          <NotesEmpty>No next steps were agreed.</NotesEmpty>
        ) : (
          <ul className={notes.list}>
            {plan.steps.map((s) => (
              <li key={s.id} className={notes.item}>
                <p className={notes.text} dir="auto">
                  {s.done && <CheckmarkCircle16Regular aria-hidden className={notes.done} />}
                  {s.text}
                </p>
                <p className={notes.meta}>
                  Who: <span dir="auto">{s.ownerName}</span> · By when: {shortDate(s.due, locale)} · {s.done ? 'Done' : 'Not done yet'}
                </p>
              </li>
            ))}
          </ul>
        )}
        <p className={styles.note}>Done as recorded in your last session together; Stagecoach never reads {name}’s task list.</p>
      </NotesSection>
    </li>
  );
}

/** "My coachees": each person the user coaches, their next follow-up and the plan as agreed. */
export function MyCoachees({ coachees, locale, openFollowUp }: MyCoacheesProps) {
  const notes = useNotesStyles();
  return (
    <NotesSection title="My coachees">
      {coachees.length === 0 ? (
        <NotesEmpty>No coachee has joined a session you coached yet.</NotesEmpty>
      ) : (
        <ul className={notes.plainList}>
          {coachees.map((c) => (
            <Coachee key={c.userId} coachee={c} locale={locale} openFollowUp={openFollowUp} />
          ))}
        </ul>
      )}
    </NotesSection>
  );
}
