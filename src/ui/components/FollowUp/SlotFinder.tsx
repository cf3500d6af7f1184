import { Button, Field, Input, Radio, RadioGroup, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { LocalDate } from '../../../domain';
import type { CalendarAttendee, FollowUpSlot } from '../../../ports';
import type { CalendarAccess } from '../../../ports';
import type { Words } from '../../../words';
import { useWords } from '../../words';
import { useSectionStyles } from '../shared';
import { CalendarFailure } from './CalendarFailure';
import { useCalendarTask } from './useCalendarTask';

export interface SlotFinderProps {
  calendar: CalendarAccess;
  /** The coachee; null when they cannot be invited (the reason shows elsewhere). */
  attendee: CalendarAttendee | null;
  durationMinutes: number;
  /** Suggestions end before this date: the first open step's due date unless the coach picks another. */
  before: LocalDate;
  onBeforeChange(date: LocalDate): void;
  /** The start of the slot picked, or null while none is. */
  picked: number | null;
  onPick(start: number): void;
}

const slotLabel = (words: Words, slot: FollowUpSlot) =>
  words.t('panel.slots.slot', { start: words.dateTime(slot.start), end: words.time(slot.end) });

/** Times when both are free, in the coach's working hours, before the first next step is due. */
export function SlotFinder({ calendar, attendee, durationMinutes, before, onBeforeChange, picked, onPick }: SlotFinderProps) {
  const styles = useSectionStyles();
  const words = useWords();
  const [slots, setSlots] = useState<FollowUpSlot[] | null>(null);
  const task = useCalendarTask(calendar);

  const find = () =>
    attendee &&
    void task.run(async (gateway) => {
      const outcome = await gateway.findFollowUpSlots({ attendee, durationMinutes, timeZone: calendar.timeZone, before });
      if (outcome.ok) setSlots(outcome.value);
      return outcome;
    });

  return (
    <div className={styles.form}>
      <Field label={words.t('panel.slots.freeBefore')} hint={words.t('panel.slots.freeBeforeHint')}>
        <Input type="date" value={before} onChange={(_, d) => onBeforeChange(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button onClick={find} disabled={!attendee || !before || task.pending}>
          {words.t('panel.slots.find')}
        </Button>
        {task.pending && <Spinner size="tiny" label={words.t('panel.slots.looking')} />}
      </div>
      <CalendarFailure failure={task.failure} onRetry={task.retry} disabled={task.pending} />
      {slots !== null &&
        (slots.length === 0 ? (
          <p role="status" className={styles.hint}>
            {words.t('panel.slots.none', { date: words.date(before) })}
          </p>
        ) : (
          <Field label={words.t('panel.slots.label')}>
            <RadioGroup
              value={picked !== null && slots.some((s) => s.start === picked) ? String(picked) : ''}
              onChange={(_, d) => onPick(Number(d.value))}
            >
              {slots.map((slot) => (
                <Radio key={slot.start} value={String(slot.start)} label={slotLabel(words, slot)} />
              ))}
            </RadioGroup>
          </Field>
        ))}
    </div>
  );
}
