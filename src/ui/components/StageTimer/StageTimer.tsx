import { Button, Field, Select, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { Timer16Regular } from '@fluentui/react-icons';
import type { SharedTimer } from '../../../ports';
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
  const snapshot = useSharedTimer(timer);
  const [setup, setSetup] = useState(false);
  const [minutes, setMinutes] = useState<number>(TIMER_MINUTES[0]);
  const hintId = useId();

  if (snapshot.state === 'off') {
    if (!canControl) return null;
    return (
      <div role="group" className={styles.root} aria-label="Stage timer">
        {!setup ? (
          <div className={styles.row}>
            <Button size="small" appearance="subtle" icon={<Timer16Regular />} aria-describedby={hintId} onClick={() => setSetup(true)}>
              Stage timer
            </Button>
            <p id={hintId} className={styles.visuallyHidden}>
              Start a shared timer for this stage
            </p>
          </div>
        ) : (
          <div className={styles.row}>
            <Field label="Duration" size="small">
              <Select size="small" value={String(minutes)} onChange={(_, data) => setMinutes(Number(data.value))}>
                {TIMER_MINUTES.map((m) => (
                  <option key={m} value={m}>
                    {m} minutes
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
              Start
            </Button>
            <Button size="small" onClick={() => setSetup(false)}>
              Cancel
            </Button>
          </div>
        )}
      </div>
    );
  }

  const left = formatRemaining(snapshot.remainingMs);
  return (
    <div role="group" className={styles.root} aria-label="Stage timer">
      {snapshot.state === 'finished' ? (
        <p className={styles.done}>Time’s up — carry on as long as it helps.</p>
      ) : (
        // role="timer" is not a live region: screen readers read it when asked, not every second.
        <p role="timer" aria-label="Time left in this stage" className={styles.countdown}>
          {left} left{snapshot.state === 'paused' ? ' (paused)' : ''}
        </p>
      )}
      {canControl && (
        <div className={styles.row}>
          {snapshot.state === 'running' && (
            <Button size="small" onClick={() => timer.pause()}>
              Pause
            </Button>
          )}
          {snapshot.state === 'paused' && (
            <Button size="small" onClick={() => timer.resume()}>
              Resume
            </Button>
          )}
          <Button size="small" onClick={() => timer.stop()}>
            Stop
          </Button>
        </div>
      )}
    </div>
  );
}
