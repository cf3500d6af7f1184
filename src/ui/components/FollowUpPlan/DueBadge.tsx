import { Badge, type BadgeProps } from '@fluentui/react-components';
import { CalendarClock16Regular, Warning16Regular } from '@fluentui/react-icons';
import type { LocalDate } from '../../../domain';
import { useWords } from '../../words';
import { dueKindOf, dueLabel, type DueKind } from './formatDue';

/** Colour by how much the date asks of the reader: red for overdue, amber for this week, quiet otherwise. */
const LOOK: Readonly<Record<DueKind, Pick<BadgeProps, 'appearance' | 'color'>>> = {
  overdue: { appearance: 'tint', color: 'danger' },
  today: { appearance: 'tint', color: 'warning' },
  tomorrow: { appearance: 'tint', color: 'warning' },
  dueSoon: { appearance: 'tint', color: 'warning' },
  later: { appearance: 'outline', color: 'informative' },
  done: { appearance: 'outline', color: 'subtle' },
  unknown: { appearance: 'outline', color: 'informative' },
};

export interface DueBadgeProps {
  due: LocalDate;
  /** A done step's date is shown quietly: it no longer owes anything. */
  done: boolean;
  /** Today in the viewer's time zone; without it only the date is shown. */
  today?: LocalDate;
  id?: string;
}

/** A step's due date as a badge, its urgency as `data-due` (overdue, today, tomorrow, dueSoon, later, done, unknown). */
export function DueBadge({ due, done, today, id }: DueBadgeProps) {
  const words = useWords();
  const kind = dueKindOf(due, done, today);
  const urgent = kind === 'overdue';
  return (
    <Badge
      {...LOOK[kind]}
      id={id}
      size="medium"
      shape="rounded"
      icon={urgent ? <Warning16Regular /> : <CalendarClock16Regular />}
      data-due={kind}
    >
      {/* "Due in 3 days" names no date: the full date is a hover away. */}
      <time dateTime={due} title={kind === 'dueSoon' ? words.date(due, 'full') : undefined}>
        {dueLabel(words, due, kind, today)}
      </time>
    </Badge>
  );
}
