import type { Words } from '../../../words';
import { followUpKindLabel, formatDuration } from '../../format';
import { useWords } from '../../words';
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
      <blockquote className={styles.quote} dir="auto">
        {statement.text}
      </blockquote>
      {/* Whose words; when they were written is the notes' business, not the stage's. */}
      <figcaption className={styles.meta}>— {statement.byName}</figcaption>
    </figure>
  );
}

export function SummaryCard({ summary }: { summary: StageStatement | null }) {
  const words = useWords();
  return (
    <StageCard title={words.t('stage.summary.title')}>
      <Statement statement={summary} emptyText={words.t('stage.summary.none')} />
    </StageCard>
  );
}

export function AffirmationCard({ affirmation }: { affirmation: StageStatement | null }) {
  const words = useWords();
  return (
    <StageCard title={words.t('stage.affirmation.title')}>
      <Statement statement={affirmation} emptyText={words.t('stage.affirmation.none')} />
    </StageCard>
  );
}

/** Where the event stands on the coach's calendar, naming the coach (or "the coach" while nobody is). */
function coachCalendar(words: Words, state: CoachCalendarState, coach: string | null): [StatusTone, string] {
  if (state === 'created') {
    return [
      'done',
      coach === null ? words.t('stage.calendar.coachCreatedUnnamed') : words.t('stage.calendar.coachCreated', { name: coach }),
    ];
  }
  return [
    'notYet',
    coach === null ? words.t('stage.calendar.coachNotCreatedUnnamed') : words.t('stage.calendar.coachNotCreated', { name: coach }),
  ];
}

/** Where the invite stands on the coachee's calendar, naming the coachee (or "the coachee" while nobody is). */
function coacheeCalendar(words: Words, state: CoacheeCalendarState, coachee: string | null): [StatusTone, string] {
  switch (state) {
    case 'accepted':
      return [
        'done',
        coachee === null ? words.t('stage.calendar.coacheeAcceptedUnnamed') : words.t('stage.calendar.coacheeAccepted', { name: coachee }),
      ];
    case 'awaiting':
      return [
        'waiting',
        coachee === null ? words.t('stage.calendar.coacheeAwaitingUnnamed') : words.t('stage.calendar.coacheeAwaiting', { name: coachee }),
      ];
    case 'notSent':
      return [
        'notYet',
        coachee === null ? words.t('stage.calendar.coacheeNotSentUnnamed') : words.t('stage.calendar.coacheeNotSent', { name: coachee }),
      ];
  }
}

export interface FollowUpCardProps {
  followUp: StageFollowUp;
  coachName: string | null;
  coacheeName: string | null;
}

/**
 * The follow-up as it is scheduled: its kind and time once chosen, then where
 * it stands on each calendar. The states change live, so the pair watch it
 * land on both calendars; a screen reader hears each change.
 */
export function FollowUpCard({ followUp, coachName, coacheeName }: FollowUpCardProps) {
  const styles = useStageSummaryStyles();
  const words = useWords();
  const [coachTone, coachText] = coachCalendar(words, followUp.coachCalendar, coachName);
  const [coacheeTone, coacheeText] = coacheeCalendar(words, followUp.coacheeCalendar, coacheeName);
  return (
    <StageCard title={words.t('stage.followUp.title')}>
      {followUp.start === null ? (
        <p className={styles.empty}>{words.t('stage.followUp.noTime')}</p>
      ) : (
        <div>
          <p className={styles.kind}>{followUpKindLabel(words, followUp.kind)}</p>
          <p className={styles.when}>
            <time dateTime={new Date(followUp.start).toISOString()}>{words.dateTime(followUp.start)}</time>
          </p>
          <p className={styles.meta}>{formatDuration(words, followUp.durationMinutes * MINUTE_MS)}</p>
        </div>
      )}
      <div aria-live="polite">
        <ul aria-label={words.t('stage.followUp.calendarStatus')} className={styles.statuses}>
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
