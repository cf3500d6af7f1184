import type { UpcomingFollowUp } from '../../../domain';
import type { FollowUpOpening } from '../../../ports';
import { NotesEmpty, NotesSection } from '../Notes/NotesSection';
import { useNotesStyles } from '../Notes/useNotesStyles.styles';
import { whenText } from './formatMyCoaching';
import { OpenFollowUpButton } from './OpenFollowUpButton';
import { useMyCoachingStyles } from './useMyCoachingStyles.styles';

export interface MyFollowUpsProps {
  /** Soonest first (upcomingFollowUps). */
  followUps: readonly UpcomingFollowUp[];
  locale?: string;
  openFollowUp(iCalUId: string): Promise<FollowUpOpening>;
}

/** "My next follow-ups": with whom and when, each openable in Outlook. */
export function MyFollowUps({ followUps, locale, openFollowUp }: MyFollowUpsProps) {
  const notes = useNotesStyles();
  const styles = useMyCoachingStyles();
  return (
    <NotesSection title="My next follow-ups">
      {followUps.length === 0 ? (
        <NotesEmpty>No follow-up is planned yet.</NotesEmpty>
      ) : (
        <ul className={notes.plainList}>
          {followUps.map((f) => {
            const when = whenText(f.start, locale);
            return (
              <li key={f.sessionId} className={styles.row}>
                <div className={styles.grow}>
                  <p className={notes.text}>
                    With <span dir="auto">{f.withName}</span>
                  </p>
                  <p className={notes.meta}>{when}</p>
                </div>
                {f.iCalUId ? (
                  <OpenFollowUpButton iCalUId={f.iCalUId} describedAs={`follow-up with ${f.withName}, ${when}`} openFollowUp={openFollowUp} />
                ) : (
                  <p className={styles.note}>Not on the calendars yet.</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </NotesSection>
  );
}
