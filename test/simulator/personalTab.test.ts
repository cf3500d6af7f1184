import {
  answer,
  legacyContext,
  PERSONAL_ENTITY_ID,
  RUNTIME,
  SIM_TENANT_ID,
  SimulatedTeamsHost,
  type SimFrame,
  type SimPerson,
} from '../../src/simulator/host';
import { COACH, COACHEE } from '../../src/simulator/meetingAddress';
import { ALEX, fakeHostWindow, frameWindow, meetingView, ORIGIN, SAM } from './hostWindows';
import { initialState, NOTES_PANE, PERSONAL_PANE, reduce, sidePanelPane, type SimulatorAction } from '../../src/simulator/simulatorState';

const view = meetingView({ meeting: { meetingId: 'sim-1', organizer: ALEX, theme: 'dark' }, fluidEndpoint: null });
const personal = (person: SimPerson): SimFrame => ({ person, frameContext: 'content', place: 'personal' });
const request = (func: string, args: unknown[] = []) => ({ id: 1, func, args });

describe('the simulated Teams, for the personal tab', () => {
  it('gives a personal tab its own context: content, the tab’s entity id, the user and tenant, no meeting or chat', () => {
    const context = legacyContext(view.meeting, personal(SAM));
    expect(context).toMatchObject({
      frameContext: 'content',
      entityId: PERSONAL_ENTITY_ID,
      userObjectId: 'sim-sam',
      userPrincipalName: 'sam@contoso.example',
      loginHint: 'sam@contoso.example',
      tid: SIM_TENANT_ID,
      theme: 'dark',
      hostName: 'Teams',
    });
    expect(context).not.toHaveProperty('meetingId');
    expect(context).not.toHaveProperty('chatId');
    // The notes tab, also in content, is still the meeting's.
    expect(legacyContext(view.meeting, { person: SAM, frameContext: 'content' })).toMatchObject({
      meetingId: 'sim-1',
      entityId: 'stagecoach',
    });
  });

  it('announces the calendar capability', () => {
    expect(RUNTIME.supports.calendar).toEqual({});
    const { reply } = answer(request('initialize', ['2.58.0', 4]), personal(SAM), view);
    expect(JSON.parse(reply?.[3] as string).supports.calendar).toEqual({});
  });

  it('answers calendar.openCalendarItem with success, and reports which item it opened for whom', () => {
    expect(answer(request('calendar.openCalendarItem', [{ itemId: 'AAMk-sam-copy' }]), personal(SAM), view)).toEqual({
      reply: [true],
      effect: { kind: 'openCalendarItem', itemId: 'AAMk-sam-copy', person: SAM },
    });
  });

  it('refuses an item id that is missing, empty, not text or absurdly long, and frames that are not tabs', () => {
    for (const args of [[], [{}], [{ itemId: '  ' }], [{ itemId: 42 }], [{ itemId: 'x'.repeat(10_000) }], ['AAMk']]) {
      const outcome = answer(request('calendar.openCalendarItem', args), personal(SAM), view);
      expect(outcome.reply).toEqual([false, expect.any(String)]);
      expect(outcome.effect).toBeUndefined();
    }
    const fromPanel = answer(request('calendar.openCalendarItem', [{ itemId: 'AAMk' }]), { person: SAM, frameContext: 'sidePanel' }, view);
    expect(fromPanel.reply).toEqual([false, expect.any(String)]);
    expect(fromPanel.effect).toBeUndefined();
  });

  it('reports the effect by pane, for the person the frame was registered as', () => {
    const { win, deliver } = fakeHostWindow();
    const host = new SimulatedTeamsHost(win);
    const effects = jest.fn();
    host.update(view, effects);
    const frame = frameWindow();
    host.register(PERSONAL_PANE, frame, personal(SAM));
    deliver(frame, { id: 3, func: 'calendar.openCalendarItem', args: [{ itemId: 'AAMk-1' }] });
    expect(frame.postMessage).toHaveBeenCalledWith({ id: 3, args: [true] }, ORIGIN);
    expect(effects).toHaveBeenCalledWith(PERSONAL_PANE, { kind: 'openCalendarItem', itemId: 'AAMk-1', person: SAM });
  });
});

describe('the simulator’s personal pane', () => {
  const viewerOf = (paneId: string) => (paneId === sidePanelPane(COACHEE) ? COACHEE : COACH);
  const run = (actions: SimulatorAction[], start = initialState('sim-1', { contentUrl: 'sidePanel.html?theme={theme}' })) =>
    actions.reduce((state, action) => reduce(state, action, viewerOf), start);

  it('opens as the coach, reloads for another viewer, keeps its page for the same one, and closes', () => {
    const opened = run([
      { type: 'personal', viewer: COACH },
      { type: 'effect', paneId: PERSONAL_PANE, effect: { kind: 'status', status: { state: 'ready' } } },
    ]);
    expect(opened.personal).toEqual({ viewer: COACH, opened: null });
    expect(run([{ type: 'personal', viewer: COACH }], opened)).toBe(opened);
    const asSam = run([{ type: 'personal', viewer: COACHEE }], opened);
    expect(asSam.personal?.viewer).toBe(COACHEE);
    expect(asSam.statuses[PERSONAL_PANE]).toBeUndefined();
    expect(run([{ type: 'personal', viewer: null }], asSam).personal).toBeNull();
  });

  it('says what Teams opened for the viewer, and only from the personal pane', () => {
    const state = run([{ type: 'personal', viewer: COACHEE }]);
    const fromNotes = run(
      [{ type: 'effect', paneId: NOTES_PANE, effect: { kind: 'openCalendarItem', itemId: 'x', person: COACHEE } }],
      state,
    );
    expect(fromNotes.personal?.opened).toBeNull();
    const done = run(
      [{ type: 'effect', paneId: PERSONAL_PANE, effect: { kind: 'openCalendarItem', itemId: 'AAMk-sam', person: COACHEE } }],
      state,
    );
    expect(done.personal?.opened).toEqual({ itemId: 'AAMk-sam' });
  });

  it('outlives the meeting: ending it or starting another keeps the tab and its status', () => {
    const state = run([
      { type: 'personal', viewer: COACH },
      { type: 'effect', paneId: PERSONAL_PANE, effect: { kind: 'status', status: { state: 'ready' } } },
    ]);
    const ended = run([{ type: 'endMeeting' }], state);
    expect(ended.personal?.viewer).toBe(COACH);
    expect(ended.statuses).toEqual({ [PERSONAL_PANE]: { state: 'ready' } });
    const next = run([{ type: 'newMeeting', meetingId: 'sim-2' }], ended);
    expect(next.personal?.viewer).toBe(COACH);
    expect(next.statuses[PERSONAL_PANE]).toEqual({ state: 'ready' });
  });
});
