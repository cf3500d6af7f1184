import { FOLLOW_UP_KIND_LABELS, formatDateTime, formatDuration } from '../../format';
import { StageCard } from './StageCard';
import type { CoachCalendarState, CoacheeCalendarState, StageFollowUp, StageStatement } from './stageSummary';
import { StatusBadge, type StatusTone } from './StatusBadge';
import { useStageSummaryStyles } from './useStageSummaryStyles.styles';

const MINUTE_MS = 60_000;

/** Someone's own words, attributed. */
function Statement({ statement, emptyText }: { statement: StageStatement | null; emptyText: string }) {
  const styles = useStageSummaryStyles();
  if (!statement) return <p className={styles.empty}>{emptyText}</p>;
  return (
    <figure className={styles.figure}>
      <blockquote className={styles.quote}>{statement.text}</blockquote>
      {/* Whose words; when they were written is the notes' business, not the stage's. */}
      <figcaption className={styles.meta}>— {statement.byName}</figcaption>
    </figure>
  );
}

export function SummaryCard({ summary }: { summary: StageStatement | null }) {
  return (
    <StageCard title="Coachee’s summary">
      <Statement statement={summary} emptyText="No summary yet." />
    </StageCard>
  );
}

export function AffirmationCard({ affirmation }: { affirmation: StageStatement | null }) {
  return (
    <StageCard title="Coach’s affirmation">
      <Statement statement={affirmation} emptyText="No affirmation yet." />
    </StageCard>
  );
}

const coachCalendar = (state: CoachCalendarState, coach: string): [StatusTone, string] =>
  state === 'created' ? ['done', `On ${coach}’s calendar`] : ['notYet', `Not on ${coach}’s calendar yet`];

const coacheeCalendar = (state: CoacheeCalendarState, coachee: string): [StatusTone, string] => {
  if (state === 'accepted') return ['done', `Accepted by ${coachee}`];
  if (state === 'awaiting') return ['waiting', `Waiting for ${coachee} to accept`];
  return ['notYet', `Not sent to ${coachee} yet`];
};

export interface FollowUpCardProps {
  followUp: StageFollowUp;
  coachName: string;
  coacheeName: string;
}

/**
 * The follow-up as it is scheduled: its kind and time once chosen, then where
 * it stands on each calendar. The states change live, so the pair watch it
 * land on both calendars; a screen reader hears each change.
 */
export function FollowUpCard({ followUp, coachName, coacheeName }: FollowUpCardProps) {
  const styles = useStageSummaryStyles();
  const [coachTone, coachText] = coachCalendar(followUp.coachCalendar, coachName);
  const [coacheeTone, coacheeText] = coacheeCalendar(followUp.coacheeCalendar, coacheeName);
  return (
    <StageCard title="Follow-up">
      {followUp.start === null ? (
        <p className={styles.empty}>No time chosen yet.</p>
      ) : (
        <div>
          <p className={styles.kind}>{FOLLOW_UP_KIND_LABELS[followUp.kind]}</p>
          <p className={styles.when}>
            <time dateTime={new Date(followUp.start).toISOString()}>{formatDateTime(followUp.start)}</time>
          </p>
          <p className={styles.meta}>{formatDuration(followUp.durationMinutes * MINUTE_MS)}</p>
        </div>
      )}
      <div aria-live="polite">
        <ul aria-label="Calendar status" className={styles.statuses}>
          <li>
            <StatusBadge tone={coachTone} state={followUp.coachCalendar}>
              {coachText}
            </StatusBadge>
          </li>
          <li>
            <StatusBadge tone={coacheeTone} state={followUp.coacheeCalendar}>
              {coacheeText}
            </StatusBadge>
          </li>
        </ul>
      </div>
    </StageCard>
  );
}
