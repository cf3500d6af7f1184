import { Button, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { Participant, Role, UserId } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { InlineAlert, useRejection } from '../shared';

export interface RoleControlsProps {
  /** Everyone but the coach, by name. */
  others: Participant[];
  coacheeId: UserId | null;
  onAssign(userId: UserId, role: Role): DispatchResult;
}

/** The coach's controls: choose the coachee, or hand the coach seat over. */
export default function RoleControls({ others, coacheeId, onAssign }: RoleControlsProps) {
  const assigning = useRejection();
  const [newCoach, setNewCoach] = useState('');
  const options = others.map((p) => (
    <option key={p.userId} value={p.userId}>
      {p.displayName}
    </option>
  ));

  return (
    <>
      <Field label="Coachee">
        <Select
          value={coacheeId ?? ''}
          onChange={(_, d) => {
            if (d.value) assigning.check(onAssign(d.value, 'coachee'));
          }}
        >
          {!coacheeId && <option value="">Choose the coachee</option>}
          {options}
        </Select>
      </Field>
      <Field label="Hand the coach role to" hint="You take their role in exchange.">
        <Select value={newCoach} onChange={(_, d) => setNewCoach(d.value)}>
          <option value="">Nobody</option>
          {options}
        </Select>
      </Field>
      <Button
        disabled={!newCoach}
        onClick={() => {
          if (assigning.check(onAssign(newCoach, 'coach'))) setNewCoach('');
        }}
      >
        Hand over coaching
      </Button>
      <InlineAlert message={assigning.error} />
    </>
  );
}
