import { Button, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { Participant, Role, UserId } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { roleLabel } from '../../format';
import { useWords } from '../../words';
import { InlineAlert, useRejection } from '../shared';

export interface RoleControlsProps {
  /** Everyone but the coach, by name. */
  others: Participant[];
  coacheeId: UserId | null;
  onAssign(userId: UserId, role: Role): DispatchResult;
}

/** The coach's controls: choose the coachee, or hand the coach seat over. */
export default function RoleControls({ others, coacheeId, onAssign }: RoleControlsProps) {
  const words = useWords();
  const assigning = useRejection();
  const [newCoach, setNewCoach] = useState('');
  const options = others.map((p) => (
    <option key={p.userId} value={p.userId}>
      {p.displayName}
    </option>
  ));

  return (
    <>
      <Field label={roleLabel(words, 'coachee')}>
        <Select
          value={coacheeId ?? ''}
          onChange={(_, d) => {
            if (d.value) assigning.check(onAssign(d.value, 'coachee'));
          }}
        >
          {!coacheeId && <option value="">{words.t('panel.roles.chooseCoachee')}</option>}
          {options}
        </Select>
      </Field>
      <Field label={words.t('panel.roles.handOverTo')} hint={words.t('panel.roles.handOverHint')}>
        <Select value={newCoach} onChange={(_, d) => setNewCoach(d.value)}>
          <option value="">{words.t('panel.roles.nobody')}</option>
          {options}
        </Select>
      </Field>
      <Button
        disabled={!newCoach}
        onClick={() => {
          if (assigning.check(onAssign(newCoach, 'coach'))) setNewCoach('');
        }}
      >
        {words.t('panel.roles.handOver')}
      </Button>
      <InlineAlert message={assigning.error} />
    </>
  );
}
