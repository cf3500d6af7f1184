import { useId } from 'react';
import { Button, Radio, RadioGroup, Switch, Text } from '@fluentui/react-components';
import type { ThemeName } from '../ports';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

const THEME_CHOICES: { value: ThemeName; label: string }[] = [
  { value: 'default', label: 'Default' },
  { value: 'dark', label: 'Dark' },
  { value: 'contrast', label: 'High contrast' },
];

export interface MeetingBarProps {
  meetingId: string;
  theme: ThemeName;
  observer: boolean;
  onThemeChange(theme: ThemeName): void;
  onNewMeeting(): void;
  onObserverChange(observer: boolean): void;
}

/** The controls Teams would own: the meeting, its theme, who is in it. */
export function MeetingBar(props: MeetingBarProps) {
  const styles = useSimulatorStyles();
  const themeLabelId = useId();
  return (
    <header className={styles.bar}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        Stagecoach — local meeting simulator
      </Text>
      <Text>
        Meeting <span className={styles.meeting}>{props.meetingId}</span>
      </Text>
      <Button onClick={props.onNewMeeting}>New meeting</Button>
      <div className={styles.control}>
        <Text id={themeLabelId}>Theme</Text>
        <RadioGroup
          layout="horizontal"
          aria-labelledby={themeLabelId}
          value={props.theme}
          onChange={(_, data) => props.onThemeChange(data.value as ThemeName)}
        >
          {THEME_CHOICES.map((choice) => (
            <Radio key={choice.value} value={choice.value} label={choice.label} />
          ))}
        </RadioGroup>
      </div>
      <Switch
        label="Add observer"
        checked={props.observer}
        onChange={(_, data) => props.onObserverChange(data.checked)}
      />
    </header>
  );
}
