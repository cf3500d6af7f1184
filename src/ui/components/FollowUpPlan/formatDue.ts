import { addDays, urgencyOf, type LocalDate, type Urgency } from '../../../domain';
import type { Words } from '../../../words';

// Due dates as a reader meets them beside a step, in the reader's language and locale.

/**
 * How a step's due date stands: the domain's urgency, with today and
 * tomorrow named, and `done` for a step that no longer owes anything;
 * `unknown` when the surface knows no today (only the date is shown).
 */
export type DueKind = Urgency | 'today' | 'tomorrow' | 'done' | 'unknown';

export function dueKindOf(due: LocalDate, done: boolean, today: LocalDate | undefined): DueKind {
  if (done) return 'done';
  if (!today) return 'unknown';
  if (due === today) return 'today';
  if (due === addDays(today, 1)) return 'tomorrow';
  return urgencyOf(due, today);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days from `today` to `due` (both `YYYY-MM-DD`). */
const daysUntil = (due: LocalDate, today: LocalDate): number =>
  Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);

/** The due date in words: "Overdue since 24 Nov", "Due today", "Due in 3 days", "Due 3 Dec". */
export function dueLabel(words: Words, due: LocalDate, kind: DueKind, today?: LocalDate): string {
  switch (kind) {
    case 'overdue':
      return words.t('afterMeeting.due.overdueSince', { date: words.dayMonth(due) });
    case 'today':
      return words.t('afterMeeting.due.today');
    case 'tomorrow':
      return words.t('afterMeeting.due.tomorrow');
    case 'dueSoon': {
      const days = today ? daysUntil(due, today) : Number.NaN;
      return Number.isFinite(days)
        ? words.t('afterMeeting.due.inDays', { days })
        : words.t('afterMeeting.due.on', { date: words.dayMonth(due) });
    }
    case 'later':
    case 'done':
    case 'unknown':
      return words.t('afterMeeting.due.on', { date: words.dayMonth(due) });
  }
}
