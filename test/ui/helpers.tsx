import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import type { Command } from '../../src/domain';
import type { SessionStore, StatusKeeping } from '../../src/ports';
import { createMemorySessionHub } from '../../src/sync';
import type { CalendarAccess } from '../../src/ports';
import { AppShell, PortsProvider, SidePanel } from '../../src/ui';
import { stageDialogs } from '../../src/ui/components/StageControls/lazyStageDialogs';
import { preloadStageForms } from '../../src/ui/surfaces/stageForms';
import { fakeClock, type FakeClock } from '../fixtures/clock';
import { english } from '../fixtures/words';
import type { Words } from '../../src/words';
import { COACH, COACHEE, MINUTE, NEXT_WEEK, OBSERVER, T0, type Actor } from '../fixtures/sessions';

/**
 * Loads the panel's lazily split parts (later stages' forms, the dialogs), as
 * the panel itself does right after first paint. Call it in beforeAll so a
 * test meets the panel as a user does a moment after opening it.
 */
export async function loadPanelParts(): Promise<void> {
  await Promise.all([preloadStageForms(), stageDialogs.preload()]);
}

export interface Meeting {
  clock: FakeClock;
  coach: SessionStore;
  coachee: SessionStore;
  /** Joins a third person, who becomes an observer. */
  observer(): SessionStore;
}

/**
 * A coach and a coachee sharing one in-memory session, on a fake clock
 * starting at T0. `coacheeAddress` is what the coachee's client shares on join.
 */
export function meeting(options: { coacheeAddress?: string } = {}): Meeting {
  const clock = fakeClock(T0);
  const hub = createMemorySessionHub({ sessionId: 's-ui', organizerId: COACH.userId, clock });
  const coach = hub.connect(COACH);
  clock.advance(MINUTE);
  const coachee = hub.connect({ ...COACHEE, address: options.coacheeAddress ?? null });
  return { clock, coach, coachee, observer: () => hub.connect(OBSERVER) };
}

/**
 * Arranges the session through a store, a minute after the previous change
 * (distinct times keep the timeline order deterministic); throws if refused.
 */
export function arrange(m: Meeting, store: SessionStore, command: Command, afterMs = MINUTE): void {
  m.clock.advance(afterMs);
  const result = store.dispatch(command);
  if (!result.ok) throw new Error(`${command.type} refused: ${JSON.stringify(result.reason)}`);
}

/** Open → Learn with the challenge stated by the coachee. */
export function toLearn(m: Meeting): void {
  arrange(m, m.coachee, { type: 'stateChallenge', id: 'ch-1', text: 'I keep missing the weekly report deadline.' });
  arrange(m, m.coach, { type: 'advance' });
}

/** On to Plan with Learn's criteria met: agreed definition, a cause, two options. */
export function toPlan(m: Meeting): void {
  toLearn(m);
  arrange(m, m.coachee, { type: 'agreeChallenge', versionId: 'ch-1' });
  arrange(m, m.coach, { type: 'agreeChallenge', versionId: 'ch-1' });
  arrange(m, m.coachee, { type: 'addCause', id: 'cause-1', text: 'The data arrives on Thursday evening.' });
  arrange(m, m.coachee, { type: 'addOption', id: 'opt-1', text: 'Ask for the data on Wednesday.' });
  arrange(m, m.coach, { type: 'addOption', id: 'opt-2', text: 'Move the report to Monday.' });
  arrange(m, m.coachee, { type: 'advance' });
}

/** Plan with its criteria met (an option chosen, a dated next step), confidence not yet recorded. */
export function toPlanReady(m: Meeting): void {
  toPlan(m);
  arrange(m, m.coachee, { type: 'chooseOption', id: 'opt-1' });
  arrange(m, m.coachee, {
    type: 'addNextStep',
    id: 'step-1',
    text: 'Agree a Wednesday hand-over with the data team.',
    ownerId: COACHEE.userId,
    due: NEXT_WEEK,
  });
}

/** On to Close, with confidence 4 recorded by the coach. */
export function toClose(m: Meeting): void {
  toPlanReady(m);
  arrange(m, m.coach, { type: 'recordConfidence', value: 4 });
  arrange(m, m.coach, { type: 'advance' });
}

/** Renders `ui` as a page does: in the Teams look, with the reader's words (English unless given). */
export function renderInShell(ui: ReactElement, words: Words = english) {
  return render(<AppShell words={words}>{ui}</AppShell>);
}

/** Renders the side panel as `self`, connected through `store`. */
export function renderPanel(store: SessionStore, self: Actor, clock: FakeClock, ui?: ReactElement, calendar?: CalendarAccess) {
  const user = userEvent.setup();
  const view = render(
    <AppShell words={english}>
      <PortsProvider store={store} self={self} clock={clock} calendar={calendar}>
        {ui ?? <SidePanel />}
      </PortsProvider>
    </AppShell>,
  );
  return { user, ...view };
}

export function session(store: SessionStore) {
  const s = store.getSnapshot().session;
  if (!s) throw new Error('The store has no session.');
  return s;
}

/** Background work whose status the test sets by hand (own copy, next steps in To Do); retry is recorded. */
export function statusKeepingAt<S>(initial: S): StatusKeeping<S> & { set(next: S): void; retry: jest.Mock } {
  let status = initial;
  const listeners = new Set<() => void>();
  return {
    getStatus: () => status,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    retry: jest.fn(),
    set: (next) => {
      status = next;
      listeners.forEach((l) => l());
    },
  };
}
