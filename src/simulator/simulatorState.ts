import type { ThemeName } from '../ports';
import type { FrameStatus, HostEffect, SavedConfig, SimPerson } from './host';

/** Everything the simulated meeting shows, apart from what is inside the app frames. */
export interface SimulatorState {
  meetingId: string;
  theme: ThemeName;
  observer: boolean;
  /** The tab Stagecoach saved; null until it is added to the meeting. */
  installed: SavedConfig | null;
  config: { open: boolean; valid: boolean; pending: SavedConfig | null; error: string | null };
  /** What is on the meeting stage, and whose client shows it. */
  stage: { url: string; viewer: SimPerson } | null;
  notesOpen: boolean;
  statuses: Record<string, FrameStatus>;
}

export type SimulatorAction =
  | { type: 'newMeeting'; meetingId: string }
  | { type: 'theme'; theme: ThemeName }
  | { type: 'observer'; on: boolean }
  | { type: 'openConfig' }
  | { type: 'closeConfig' }
  | { type: 'install'; config: SavedConfig }
  | { type: 'openStage'; url: string; viewer: SimPerson }
  | { type: 'closeStage' }
  | { type: 'notes'; open: boolean }
  | { type: 'effect'; paneId: string; effect: HostEffect };

export const CONFIG_PANE = 'config';
export const STAGE_PANE = 'stage';
export const sidePanelPane = (person: SimPerson) => `side:${person.userId}`;

const without = (statuses: Record<string, FrameStatus>, paneId: string) => {
  const rest = { ...statuses };
  delete rest[paneId];
  return rest;
};

const CLOSED_CONFIG: SimulatorState['config'] = { open: false, valid: false, pending: null, error: null };

export function initialState(meetingId: string, installed: SavedConfig | null): SimulatorState {
  return {
    meetingId,
    theme: 'default',
    observer: false,
    installed,
    config: CLOSED_CONFIG,
    stage: null,
    notesOpen: false,
    statuses: {},
  };
}

/** A frame's request that changes the meeting: a share, a save, a status. */
function applyEffect(state: SimulatorState, paneId: string, effect: HostEffect, viewer: SimPerson): SimulatorState {
  switch (effect.kind) {
    case 'status':
      return { ...state, statuses: { ...state.statuses, [paneId]: effect.status } };
    case 'shareToStage':
      return { ...state, stage: { url: effect.url, viewer }, statuses: without(state.statuses, STAGE_PANE) };
    case 'validity':
      return paneId === CONFIG_PANE ? { ...state, config: { ...state.config, valid: effect.valid } } : state;
    case 'configSaved':
      return paneId === CONFIG_PANE ? { ...state, config: { ...state.config, pending: effect.config } } : state;
    case 'saveResult': {
      if (paneId !== CONFIG_PANE) return state;
      if (!effect.ok || !state.config.pending) {
        return { ...state, config: { ...state.config, error: effect.reason ?? 'The app saved no configuration.' } };
      }
      // Saved: Teams closes the dialog and opens the tab for everyone.
      return { ...state, installed: state.config.pending, config: CLOSED_CONFIG, statuses: {} };
    }
    case 'ignored':
      return state;
  }
}

/**
 * The simulator's state changes. `viewerOf` names the person whose frame a
 * pane shows (the stage opens in the sharer's client).
 */
export function reduce(
  state: SimulatorState,
  action: SimulatorAction,
  viewerOf: (paneId: string) => SimPerson,
): SimulatorState {
  switch (action.type) {
    case 'newMeeting':
      return { ...initialState(action.meetingId, state.installed), theme: state.theme, observer: state.observer };
    case 'theme':
      return { ...state, theme: action.theme };
    case 'observer':
      return { ...state, observer: action.on };
    case 'openConfig':
      return { ...state, config: { ...CLOSED_CONFIG, open: true } };
    case 'closeConfig':
      return { ...state, config: CLOSED_CONFIG };
    case 'install':
      return { ...state, installed: action.config, config: CLOSED_CONFIG, statuses: {} };
    case 'openStage':
      return { ...state, stage: { url: action.url, viewer: action.viewer }, statuses: without(state.statuses, STAGE_PANE) };
    case 'closeStage':
      return { ...state, stage: null };
    case 'notes':
      return { ...state, notesOpen: action.open };
    case 'effect':
      return applyEffect(state, action.paneId, action.effect, viewerOf(action.paneId));
  }
}
