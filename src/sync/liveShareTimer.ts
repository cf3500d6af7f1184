import { LiveTimer, type ITimerConfig } from '@microsoft/live-share';
import type { SharedTimer, TimerSnapshot } from '../ports';
import { messageOf, createListeners } from '../base';

/** How often a running timer reports what is left; the countdown shows whole seconds. */
const TICK_MS = 1_000;

const OFF: TimerSnapshot = { state: 'off', durationMs: 0, remainingMs: 0 };

/** Who may change the timer: asked before every local change, and of the sender of every remote one. */
export interface TimerRule {
  /** Whether this client's user may change it now (the coach). */
  mayControl(): boolean;
  /** Whether the client that sent a change was the coach's (as the Live Share host tells its user). */
  sentByController(clientId: string): Promise<boolean>;
}

/**
 * Live Share's LiveTimer as a SharedTimer. LiveTimer has no "stop": a timer
 * started with duration 0 is read as off (it finishes at once, for latecomers too).
 * Live Share's roles cannot tell the coach from the coachee, the session can:
 * so every change, local or received, counts only when the coach made it. A
 * refused change leaves the last accepted one in force (its countdown goes on).
 */
export function wrapLiveTimer(timer: LiveTimer, rule: TimerRule): SharedTimer & { initialize(): Promise<void>; dispose(): void } {
  let snapshot = OFF;
  const listeners = createListeners();
  const set = (next: TimerSnapshot) => {
    if (next.state === snapshot.state && next.durationMs === snapshot.durationMs && next.remainingMs === snapshot.remainingMs) return;
    snapshot = next.state === 'off' ? OFF : next;
    listeners.notify();
  };

  /** The last change that counted, and the last one LiveTimer runs (they differ after a refused one). */
  let accepted: ITimerConfig | null = null;
  let latest: ITimerConfig | null = null;
  // Checks of senders may wait on the host: kept in arrival order.
  let checks = Promise.resolve();
  const onConfig = (config: ITimerConfig, local: boolean) => {
    latest = config;
    const judged = local ? Promise.resolve(true) : rule.sentByController(config.clientId).catch(() => false);
    checks = checks.then(async () => {
      if (!(await judged)) {
        console.warn('Stagecoach: ignored a stage timer change from someone other than the coach.');
        return;
      }
      accepted = config;
      set(snapshotOf(config));
    });
  };
  const onTick = (remaining: number) => {
    if (snapshot.state !== 'running' || !accepted || !latest) return;
    // The tick is LiveTimer's, for the config it runs; its shared clock gives the accepted one's remainder.
    const now = latest.configChangedAt + (latest.duration - latest.position - remaining);
    const left = accepted === latest ? remaining : accepted.duration - accepted.position - (now - accepted.configChangedAt);
    // Whole seconds, rounded up: "0:01 left" until it is really over.
    set({ ...snapshot, remainingMs: Math.max(0, Math.ceil(left / TICK_MS) * TICK_MS) });
  };
  timer.on('started', onConfig);
  timer.on('played', onConfig);
  timer.on('paused', onConfig);
  timer.on('finished', onConfig);
  timer.on('onTick', onTick);
  timer.tickRate = TICK_MS;

  const control = (what: string, change: () => Promise<void>) => {
    if (!rule.mayControl()) return;
    change().catch((error: unknown) => {
      console.warn(`Stagecoach: could not ${what} the stage timer (${messageOf(error)}).`);
    });
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      return listeners.subscribe(listener);
    },
    start(durationMs) {
      if (!Number.isFinite(durationMs) || durationMs <= 0) return;
      control('start', () => timer.start(durationMs));
    },
    pause: () => control('pause', () => timer.pause()),
    resume: () => control('resume', () => timer.play()),
    stop: () => control('stop', () => timer.start(0)),
    initialize: () => timer.initialize(),
    dispose() {
      timer.off('started', onConfig);
      timer.off('played', onConfig);
      timer.off('paused', onConfig);
      timer.off('finished', onConfig);
      timer.off('onTick', onTick);
      listeners.clear();
      timer.dispose();
    },
  };
}

function snapshotOf(config: ITimerConfig): TimerSnapshot {
  const durationMs = Number.isFinite(config.duration) ? Math.max(0, config.duration) : 0;
  if (durationMs === 0) return OFF;
  const position = Number.isFinite(config.position) ? Math.min(Math.max(0, config.position), durationMs) : 0;
  if (position >= durationMs) return { state: 'finished', durationMs, remainingMs: 0 };
  const remainingMs = Math.ceil((durationMs - position) / TICK_MS) * TICK_MS;
  return { state: config.running ? 'running' : 'paused', durationMs, remainingMs };
}
