import { useId } from 'react';
import { Button, Radio, RadioGroup, Switch, Text } from '@fluentui/react-components';
import type { ThemeName } from '../ports';
import { LanguagePicker } from './LanguagePicker';
import { PANEL_WIDTHS, type PanelWidth } from './panelWidth';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

const THEME_CHOICES: { value: ThemeName; label: string }[] = [
  { value: 'default', label: 'Default' },
  { value: 'dark', label: 'Dark' },
  { value: 'contrast', label: 'High contrast' },
];

/** The weekly series a new meeting was made part of: being booked, booked (its first start), or refused. */
export type WeeklySeriesStatus = { meetingId: string } & (
  { kind: 'booking' } | { kind: 'booked'; start: number } | { kind: 'failed'; message: string }
);

const seriesDay = new Intl.DateTimeFormat(undefined, { weekday: 'long' });
const seriesTime = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** What the bar says of the meeting's weekly series. */
export function seriesSentence(series: WeeklySeriesStatus): string {
  switch (series.kind) {
    case 'booking':
      return 'Booking the weekly 1:1…';
    case 'booked':
      return `Weekly 1:1 on Alex’s calendar with Sam: every ${seriesDay.format(series.start)} at ${seriesTime.format(series.start)}, this meeting first.`;
    case 'failed':
      return `The weekly 1:1 could not be booked: ${series.message}`;
  }
}

export interface MeetingBarProps {
  meetingId: string;
  theme: ThemeName;
  panelWidth: PanelWidth;
  onPanelWidthChange(width: PanelWidth): void;
  observer: boolean;
  /** The tab Stagecoach saved, null until it is added to the meeting. */
  contentUrl: string | null;
  configOpen: boolean;
  /** The meeting has ended (its live session is gone). */
  ended: boolean;
  onThemeChange(theme: ThemeName): void;
  onNewMeeting(): void;
  /** Starts a new meeting as the first of a weekly 1:1 series on the coach's calendar. */
  onNewWeeklyMeeting(): void;
  /** The current meeting's weekly series, if it was made part of one. */
  series: WeeklySeriesStatus | null;
  onEndMeeting(): void;
  onObserverChange(observer: boolean): void;
  onAddApp(): void;
  onSkipSetup(): void;
  onOpenStage(): void;
  onOpenNotes(): void;
  /** Opens the personal tab, My coaching, in the coach's Teams. */
  onOpenPersonal(): void;
  /** Opens the meeting's chat (Teams keeps it whether or not Stagecoach is added). */
  onOpenChat(): void;
}

/** The controls Teams would own: the meeting, its theme, who is in it, the app's tabs. */
export function MeetingBar(props: MeetingBarProps) {
  const styles = useSimulatorStyles();
  const themeLabelId = useId();
  const widthLabelId = useId();
  const installed = props.contentUrl !== null;
  return (
    <header className={styles.bar}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        Stagecoach — local meeting simulator
      </Text>
      <Text>
        Meeting <span className={styles.meeting}>{props.meetingId}</span>
      </Text>
      <Button onClick={props.onNewMeeting}>New meeting</Button>
      <Button disabled={props.series?.kind === 'booking'} onClick={props.onNewWeeklyMeeting}>
        New weekly 1:1
      </Button>
      <Button disabled={props.ended} onClick={props.onEndMeeting}>
        End meeting
      </Button>
      <Button onClick={props.onOpenChat}>Open meeting chat</Button>
      <Text role="status" size={200}>
        {props.series ? seriesSentence(props.series) : ''}
      </Text>
      {props.ended && (
        <Text role="status">Meeting ended: the live session is gone; each person’s notes come from their own OneDrive copy.</Text>
      )}
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
      <div className={styles.control}>
        <Text id={widthLabelId}>Panel width</Text>
        <RadioGroup
          layout="horizontal"
          aria-labelledby={widthLabelId}
          value={String(props.panelWidth)}
          onChange={(_, data) => props.onPanelWidthChange(Number(data.value) as PanelWidth)}
        >
          {PANEL_WIDTHS.map((width) => (
            <Radio key={width} value={String(width)} label={`${width} px`} />
          ))}
        </RadioGroup>
      </div>
      <LanguagePicker />
      <Switch label="Add observer" checked={props.observer} onChange={(_, data) => props.onObserverChange(data.checked)} />
      {installed ? (
        <>
          <Button onClick={props.onOpenStage}>Open stage view</Button>
          <Button onClick={props.onOpenNotes}>Open notes tab</Button>
          <Button onClick={props.onOpenPersonal}>Open My coaching</Button>
          <Text size={200}>
            Stagecoach tab: <span className={styles.url}>{props.contentUrl}</span>
          </Text>
        </>
      ) : (
        <>
          <Button appearance="primary" disabled={props.configOpen} onClick={props.onAddApp}>
            Add Stagecoach
          </Button>
          <Button onClick={props.onSkipSetup}>Skip setup</Button>
        </>
      )}
    </header>
  );
}
