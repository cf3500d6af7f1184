import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { LIMITS, mayIssue, type FollowUp, type FollowUpKind, type Role } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { formatDateTime, fromDateTimeLocalValue, toDateTimeLocalValue } from '../../format';
import { InlineAlert, useRejection, useSectionStyles } from '../shared';

export interface FollowUpPlannerProps {
  followUp: FollowUp;
  coacheeName: string;
  role: Role;
  onPlan(plan: { kind: FollowUpKind; start: number | null; durationMinutes: number }): DispatchResult;
}

const KIND_LABELS: Readonly<Record<FollowUpKind, string>> = {
  statusUpdate: 'Status update',
  decisionMeeting: 'Decision meeting',
};

function describe(followUp: FollowUp): string {
  const when = followUp.start === null ? 'time not chosen yet' : formatDateTime(followUp.start);
  return `${KIND_LABELS[followUp.kind]}: ${when}, ${followUp.durationMinutes} min.`;
}

/**
 * The coach plans the follow-up (or decision meeting); everyone sees where it
 * stands on each calendar. Putting it on the calendars is Graph's job, which
 * records the event in the session; until then this says so plainly.
 */
export function FollowUpPlanner({ followUp, coacheeName, role, onPlan }: FollowUpPlannerProps) {
  const styles = useSectionStyles();
  const headingId = useId();
  const [kind, setKind] = useState<FollowUpKind>(followUp.kind);
  const [start, setStart] = useState(toDateTimeLocalValue(followUp.start));
  const [length, setLength] = useState(String(followUp.durationMinutes));
  const planning = useRejection();
  const [saved, setSaved] = useState(false);
  // Once the invite exists the plan is the calendar's; the domain refuses edits then.
  const canPlan = mayIssue(role, 'planFollowUp') && followUp.coachEvent === null;

  const submit = () => {
    const durationMinutes = Number(length);
    if (!Number.isInteger(durationMinutes)) {
      planning.check({ ok: false, code: 'invalid', reason: 'Enter the length in whole minutes.' });
      setSaved(false);
      return;
    }
    setSaved(planning.check(onPlan({ kind, start: fromDateTimeLocalValue(start), durationMinutes })));
  };

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        Follow-up
      </h3>
      {canPlan ? (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          onChange={() => setSaved(false)}
        >
          <Field label="Kind of follow-up" hint="A decision meeting when the plan is to gather information first.">
            <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as FollowUpKind)}>
              <Radio value="statusUpdate" label={KIND_LABELS.statusUpdate} />
              <Radio value="decisionMeeting" label={KIND_LABELS.decisionMeeting} />
            </RadioGroup>
          </Field>
          <Field label="Date and time">
            <Input type="datetime-local" value={start} onChange={(_, d) => setStart(d.value)} />
          </Field>
          <Field label="Length in minutes">
            <Input
              type="number"
              min={LIMITS.minFollowUpMinutes}
              max={LIMITS.maxFollowUpMinutes}
              step={5}
              value={length}
              onChange={(_, d) => setLength(d.value)}
            />
          </Field>
          <InlineAlert message={planning.error} />
          {saved && (
            <p role="status" className={styles.hint}>
              Follow-up saved.
            </p>
          )}
          <div className={styles.actions}>
            <Button type="submit">Save follow-up</Button>
          </div>
        </form>
      ) : (
        <p className={styles.text}>{describe(followUp)}</p>
      )}

      <ul aria-label="Calendar status" className={styles.list}>
        <li>
          On the coach’s calendar: <strong>{followUp.coachEvent ? 'yes' : 'not yet'}</strong>
        </li>
        <li>
          Accepted by {coacheeName}: <strong>{followUp.coacheeAcceptedAt !== null ? 'yes' : 'not yet'}</strong>
        </li>
      </ul>
      {followUp.coachEvent === null && (
        <p className={styles.hint}>
          Not scheduled yet. Scheduling comes from the calendar: once the invite is on the coach’s calendar and{' '}
          {coacheeName} accepts it on theirs, it shows here.
        </p>
      )}
    </section>
  );
}
