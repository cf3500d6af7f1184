import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import type { Command } from '../../src/domain';
import { AppShell, PortsProvider, SidePanel } from '../../src/ui';
import { loadWords } from '../../src/words';
import { fakeClock } from '../fixtures/clock';
import { bigSession, COACH, latestAt } from '../fixtures/sessions';
import { seededSessionStore } from './seededSessionStore';

// The benchmark page: a side panel over a long, busy session, and a function
// the runner calls to time stage changes. Built by webpack.bench.js only.

const session = bigSession({ timelineEntries: 1000, items: 300 });
const clock = fakeClock(latestAt(session) + 60_000);
const store = seededSessionStore(session, COACH.userId, clock);

let onCommit: ((render: number) => void) | null = null;
const onRender = (_id: string, _phase: string, actualDuration: number) => onCommit?.(actualDuration);

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Learn ↔ Plan, so both directions are timed; Open first steps into Learn. */
function nextCommand(): Command {
  const stage = store.getSnapshot().session?.stage;
  return stage === 'open' || stage === 'learn' ? { type: 'advance', force: true } : { type: 'goBack', to: 'learn' };
}

export interface StageChangeTimes {
  /** dispatch → React has committed the new stage, ms. */
  commit: number[];
  /** The dispatch call alone (validation and the domain), ms; React renders after it returns. */
  dispatch: number[];
  /** React's own render time for that commit (Profiler actualDuration), ms. */
  render: number[];
}

async function run(changes: number, warmup: number): Promise<StageChangeTimes> {
  const times: StageChangeTimes = { commit: [], dispatch: [], render: [] };
  for (let i = 0; i < warmup + changes; i += 1) {
    await nextFrame();
    clock.advance(1000);
    const committed = new Promise<number>((resolve, reject) => {
      onCommit = resolve;
      setTimeout(() => reject(new Error('No commit within 5 s of a stage change.')), 5000);
    });
    const start = performance.now();
    const result = store.dispatch(nextCommand());
    const dispatched = performance.now() - start;
    if (!result.ok) throw new Error(`Stage change refused: ${result.reason}`);
    const render = await committed;
    const commit = performance.now() - start;
    onCommit = null;
    if (i >= warmup) {
      times.commit.push(commit);
      times.dispatch.push(dispatched);
      times.render.push(render);
    }
  }
  return times;
}

const container = document.getElementById('root');
if (!container) throw new Error('The bench page has no #root element.');
void loadWords('en-US').then((words) => {
  createRoot(container).render(
    <Profiler id="side-panel" onRender={onRender}>
      <AppShell theme="default" words={words}>
        <PortsProvider store={store} self={COACH} clock={clock}>
          <SidePanel />
        </PortsProvider>
      </AppShell>
    </Profiler>,
  );
});
Object.assign(window, { stagecoachBench: { run } });
