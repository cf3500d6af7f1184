import { COACH, COACHEE } from '../../src/simulator/meetingAddress';
import {
  CONFIG_PANE,
  initialState,
  MAX_SIGN_INS,
  NOTES_PANE,
  reduce,
  sidePanelPane,
  STAGE_PANE,
  type SimulatorAction,
} from '../../src/simulator/simulatorState';

const viewerOf = (paneId: string) => (paneId === sidePanelPane(COACHEE) ? COACHEE : COACH);
const run = (actions: SimulatorAction[], start = initialState('sim-1', null)) =>
  actions.reduce((state, action) => reduce(state, action, viewerOf), start);
const CONTENT_URL = 'http://localhost:3000/sidePanel.html?theme={theme}';

describe('the simulated meeting', () => {
  it('adds Stagecoach once the configuration page has saved and said so', () => {
    const state = run([
      { type: 'openConfig' },
      { type: 'effect', paneId: CONFIG_PANE, effect: { kind: 'validity', valid: true } },
      { type: 'effect', paneId: CONFIG_PANE, effect: { kind: 'configSaved', config: { contentUrl: CONTENT_URL } } },
    ]);
    expect(state.config).toMatchObject({ open: true, valid: true });
    expect(state.installed).toBeNull();
    const saved = run([{ type: 'effect', paneId: CONFIG_PANE, effect: { kind: 'saveResult', ok: true } }], state);
    expect(saved.installed).toEqual({ contentUrl: CONTENT_URL });
    expect(saved.config.open).toBe(false);
  });

  it('keeps the dialog open with the reason when saving fails', () => {
    const state = run([
      { type: 'openConfig' },
      { type: 'effect', paneId: CONFIG_PANE, effect: { kind: 'saveResult', ok: false, reason: 'No network' } },
    ]);
    expect(state.installed).toBeNull();
    expect(state.config).toMatchObject({ open: true, error: 'No network' });
  });

  it('ignores configuration messages from panes other than the configuration page', () => {
    const state = run([
      { type: 'openConfig' },
      { type: 'effect', paneId: sidePanelPane(COACH), effect: { kind: 'configSaved', config: { contentUrl: CONTENT_URL } } },
      { type: 'effect', paneId: sidePanelPane(COACH), effect: { kind: 'saveResult', ok: true } },
    ]);
    expect(state.installed).toBeNull();
  });

  it('opens the stage in the sharer’s client, and tracks each pane’s status', () => {
    const state = run([
      { type: 'effect', paneId: sidePanelPane(COACHEE), effect: { kind: 'status', status: { state: 'ready' } } },
      { type: 'effect', paneId: sidePanelPane(COACHEE), effect: { kind: 'shareToStage', url: 'http://localhost:3000/stage.html' } },
    ]);
    expect(state.stage).toEqual({ url: 'http://localhost:3000/stage.html', viewer: COACHEE });
    expect(state.statuses[sidePanelPane(COACHEE)]).toEqual({ state: 'ready' });
    expect(state.statuses[STAGE_PANE]).toBeUndefined();
  });

  it('lists the tokens Teams gave each person, the same scopes again counted, across a new meeting', () => {
    const granted = (userId: string, scopes: string[]): SimulatorAction => ({
      type: 'effect',
      paneId: sidePanelPane(COACH),
      effect: { kind: 'tokenGranted', grant: { userId, scopes } },
    });
    const state = run([
      granted(COACH.userId, ['Calendars.Read.Shared']),
      granted(COACH.userId, ['Calendars.ReadWrite', 'ChatMessage.Send']),
      granted(COACHEE.userId, ['Calendars.ReadWrite']),
      granted(COACH.userId, ['ChatMessage.Send', 'Calendars.ReadWrite']),
      { type: 'newMeeting', meetingId: 'sim-2' },
    ]);
    expect(state.meetingId).toBe('sim-2');
    expect(state.signIns).toEqual({
      [COACH.userId]: [
        { scopes: ['Calendars.Read.Shared'], count: 1 },
        { scopes: ['Calendars.ReadWrite', 'ChatMessage.Send'], count: 2 },
      ],
      [COACHEE.userId]: [{ scopes: ['Calendars.ReadWrite'], count: 1 }],
    });
    const many = run(Array.from({ length: MAX_SIGN_INS + 5 }, (_, i) => granted(COACH.userId, [`Scope${i}`])));
    expect(many.signIns[COACH.userId]).toHaveLength(MAX_SIGN_INS);
    expect(many.signIns[COACH.userId]?.at(-1)).toEqual({ scopes: [`Scope${MAX_SIGN_INS + 4}`], count: 1 });
  });
});

describe('the notes tab', () => {
  it('opens as the coach, reloads for another viewer, and keeps its page for the same one', () => {
    const opened = run([{ type: 'notes', viewer: COACH }]);
    expect(opened.notes).toEqual({ viewer: COACH });

    const ready = run([{ type: 'effect', paneId: NOTES_PANE, effect: { kind: 'status', status: { state: 'ready' } } }], opened);
    expect(run([{ type: 'notes', viewer: COACH }], ready)).toBe(ready);

    const asCoachee = run([{ type: 'notes', viewer: COACHEE }], ready);
    expect(asCoachee.notes).toEqual({ viewer: COACHEE });
    // A new page loads: its status starts again.
    expect(asCoachee.statuses[NOTES_PANE]).toBeUndefined();
  });

  it('closes, and a new meeting starts without it', () => {
    expect(
      run([
        { type: 'notes', viewer: COACH },
        { type: 'notes', viewer: null },
      ]).notes,
    ).toBeNull();
    expect(
      run([
        { type: 'notes', viewer: COACHEE },
        { type: 'newMeeting', meetingId: 'sim-2' },
      ]).notes,
    ).toBeNull();
  });
});

describe('ending the meeting', () => {
  it('closes the stage and the notes tab, keeps the tab installed, and a new meeting starts live again', () => {
    const live = run([
      { type: 'install', config: { contentUrl: CONTENT_URL } },
      { type: 'openStage', url: CONTENT_URL, viewer: COACH },
      { type: 'notes', viewer: COACH },
    ]);
    const ended = run([{ type: 'endMeeting' }], live);
    expect(ended).toMatchObject({ ended: true, stage: null, notes: null, installed: { contentUrl: CONTENT_URL } });
    // The notes tab still opens after the meeting, as each person.
    expect(run([{ type: 'notes', viewer: COACHEE }], ended).notes).toEqual({ viewer: COACHEE });
    expect(run([{ type: 'newMeeting', meetingId: 'sim-2' }], ended).ended).toBe(false);
  });
});

describe('the meeting chat', () => {
  it('opens as a viewer, changes viewer, and outlives the meeting and a new one, until closed', () => {
    const open = run([{ type: 'chat', viewer: COACH }]);
    expect(open.chat).toEqual({ viewer: COACH });
    expect(run([{ type: 'chat', viewer: COACHEE }], open).chat).toEqual({ viewer: COACHEE });
    expect(run([{ type: 'endMeeting' }], open).chat).toEqual({ viewer: COACH });
    expect(run([{ type: 'newMeeting', meetingId: 'sim-2' }], open).chat).toEqual({ viewer: COACH });
    expect(run([{ type: 'chat', viewer: null }], open).chat).toBeNull();
  });
});
