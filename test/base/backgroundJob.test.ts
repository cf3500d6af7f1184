import { createBackgroundJob, type JobTimers } from '../../src/base';
import { settle } from '../fixtures/waiting';

/** Timers the test moves by hand. */
function manualTimers() {
  let now = 0;
  const due: { at: number; run: () => void; handle: number }[] = [];
  let next = 0;
  const timers: JobTimers = {
    setTimeout: (run, ms) => {
      const handle = ++next;
      due.push({ at: now + ms, run, handle });
      return handle;
    },
    clearTimeout: (handle) => {
      const i = due.findIndex((d) => d.handle === handle);
      if (i >= 0) due.splice(i, 1);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const d of due.filter((x) => x.at <= now)) {
      due.splice(due.indexOf(d), 1);
      d.run();
    }
  };
  return { timers, advance };
}

/** A run the test finishes by hand. */
function controlledWork() {
  const finishes: (() => void)[] = [];
  let runs = 0;
  const run = () =>
    new Promise<void>((resolve) => {
      runs++;
      finishes.push(resolve);
    });
  return {
    run,
    finish: async () => {
      finishes.shift()?.();
      await Promise.resolve();
      await Promise.resolve();
    },
    runs: () => runs,
  };
}

describe('createBackgroundJob', () => {
  it('runs once after the quiet time, each request starting the wait again', () => {
    const { timers, advance } = manualTimers();
    const work = controlledWork();
    const job = createBackgroundJob({ run: work.run, timers });
    job.schedule(100);
    advance(60);
    job.schedule(100);
    advance(60);
    expect(work.runs()).toBe(0);
    expect(job.busy).toBe(true);
    advance(40);
    expect(work.runs()).toBe(1);
  });

  it('never runs twice at once: requests during a run make one more run after it', async () => {
    const { timers } = manualTimers();
    const work = controlledWork();
    const job = createBackgroundJob({ run: work.run, timers });
    job.runNow();
    job.runNow();
    job.runNow();
    expect(work.runs()).toBe(1);
    await work.finish();
    expect(work.runs()).toBe(2);
    await work.finish();
    expect(work.runs()).toBe(2);
    expect(job.busy).toBe(false);
  });

  it('asks before the extra run whether it is still needed', async () => {
    const { timers } = manualTimers();
    const work = controlledWork();
    let needed = false;
    const job = createBackgroundJob({ run: work.run, timers, runAgain: () => needed });
    job.runNow();
    job.runNow();
    await work.finish();
    expect(work.runs()).toBe(1);
    job.runNow();
    job.runNow();
    needed = true;
    await work.finish();
    expect(work.runs()).toBe(3);
  });

  it('starts nothing once disposed, and a waiting run never comes', async () => {
    const { timers, advance } = manualTimers();
    const work = controlledWork();
    const job = createBackgroundJob({ run: work.run, timers });
    job.schedule(100);
    job.dispose();
    advance(200);
    job.runNow();
    expect(work.runs()).toBe(0);
    expect(job.disposed).toBe(true);
  });

  it('keeps going after a run that rejects', async () => {
    const { timers } = manualTimers();
    let runs = 0;
    const job = createBackgroundJob({ run: () => (runs++, Promise.reject(new Error('boom'))), timers });
    job.runNow();
    await settle();
    job.runNow();
    expect(runs).toBe(2);
  });
});
