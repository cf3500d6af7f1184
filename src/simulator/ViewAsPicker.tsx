import { useId } from 'react';
import { Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { SimPerson } from './host';
import { PART_LABELS } from './ParticipantPane';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

export interface ViewAsPickerProps {
  viewer: SimPerson;
  /** Who the tester may show the page as. */
  people: readonly SimPerson[];
  onViewerChange(viewer: SimPerson): void;
}

/** "View as": whose client a tab pane shows (another person's client loads the page afresh). */
export function ViewAsPicker({ viewer, people, onViewerChange }: ViewAsPickerProps) {
  const styles = useSimulatorStyles();
  const labelId = useId();
  return (
    <div className={styles.control}>
      <Text id={labelId}>View as</Text>
      <RadioGroup
        layout="horizontal"
        aria-labelledby={labelId}
        value={viewer.userId}
        onChange={(_, data) => {
          const next = people.find((p) => p.userId === data.value);
          if (next) onViewerChange(next);
        }}
      >
        {people.map((p) => (
          <Radio key={p.userId} value={p.userId} label={`${PART_LABELS[p.part]} — ${p.displayName}`} />
        ))}
      </RadioGroup>
    </div>
  );
}
