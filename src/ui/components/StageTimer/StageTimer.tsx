import { Button, Field, Select, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { Timer16Regular } from '@fluentui/react-icons';
import type { SharedTimer } from '../../../ports';
import { useWords } from '../../words';
import { VISUALLY_HIDDEN } from '../shared';
import { formatRemaining, useSharedTimer } from './useSharedTimer';

/** The durations the coach can pick, in minutes. */
export const TIMER_MINUTES = [5, 10, 15, 20, 30] as const;
const MINUTE_MS = 60_000;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  countdown: { ...typographyStyles.body1Strong, margin: 0, fontVariantNumeric: 'tabular-nums' },
  done: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
  visuallyHidden: VISUALLY_HIDDEN,
});

export interface StageTimerProps {
  timer: SharedTimer;
  /** Only the coach starts, pauses and stops it; everyone sees it. */
  canControl: boolean;
}

/**
 * The optional shared per-stage timer. It shows time, never enforces it:
 * nothing waits for it, and when it runs out it says so gently.
 */
export function StageTimer({ timer, canControl }: StageTimerProps) {
  const styles = useStyles();
  const words = useWords();
  const snapshot = useSharedTimer(timer);
  const [setup, setSetup] = useState(false);
  const [minutes, setMinutes] = useState<number>(TIMER_MINUTES[0]);
  const hintId = useId();

  if (snapshot.state === 'off') {
    if (!canControl) return null;
    return (
      <div role="group" className={styles.root} aria-label={words.t('panel.timer.label')}>
        {!setup ? (
          <div className={styles.row}>
            <Button size="small" appearance="subtle" icon={<Timer16Regular />} aria-describedby={hintId} onClick={() => setSetup(true)}>
              {words.t('panel.timer.label')}
            </Button>
            <p id={hintId} className={styles.visuallyHidden}>
              {words.t('panel.timer.buttonHint')}
            </p>
          </div>
        ) : (
          <div className={styles.row}>
            <Field label={words.t('panel.timer.duration')} size="small">
              <Select size="small" value={String(minutes)} onChange={(_, data) => setMinutes(Number(data.value))}>
                {TIMER_MINUTES.map((m) => (
                  <option key={m} value={m}>
                    {words.t('panel.timer.minutes', { minutes: m })}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              size="small"
              appearance="primary"
              onClick={() => {
                timer.start(minutes * MINUTE_MS);
                setSetup(false);
              }}
            >
              {words.t('panel.timer.start')}
            </Button>
            <Button size="small" onClick={() => setSetup(false)}>
              {words.t('panel.dialog.cancel')}
            </Button>
          </div>
        )}
      </div>
    );
  }

  const left = formatRemaining(snapshot.remainingMs);
  return (
    <div role="group" className={styles.root} aria-label={words.t('panel.timer.label')}>
      {snapshot.state === 'finished' ? (
        <p className={styles.done}>{words.t('panel.timer.finished')}</p>
      ) : (
        // role="timer" is not a live region: screen readers read it when asked, not every second.
        <p role="timer" aria-label={words.t('panel.timer.leftLabel')} className={styles.countdown}>
          {snapshot.state === 'paused' ? words.t('panel.timer.leftPaused', { left }) : words.t('panel.timer.left', { left })}
        </p>
      )}
      {canControl && (
        <div className={styles.row}>
          {snapshot.state === 'running' && (
            <Button size="small" onClick={() => timer.pause()}>
              {words.t('panel.timer.pause')}
            </Button>
          )}
          {snapshot.state === 'paused' && (
            <Button size="small" onClick={() => timer.resume()}>
              {words.t('panel.timer.resume')}
            </Button>
          )}
          <Button size="small" onClick={() => timer.stop()}>
            {words.t('panel.timer.stop')}
          </Button>
        </div>
      )}
    </div>
  );
}
