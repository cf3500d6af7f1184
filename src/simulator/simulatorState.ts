import type { ThemeName } from '../ports';
import type { FrameStatus, HostEffect, SavedConfig, SimPerson, TokenGrant } from './host';

/** One kind of token the simulated Teams gave a person: its scopes, and how many times. */
export interface SignIn {
  scopes: string[];
  count: number;
}

/** Everything the simulated meeting shows, apart from what is inside the app frames. */
export interface SimulatorState {
  meetingId: string;
  theme: ThemeName;
  observer: boolean;
  /** The meeting has ended: nobody's side panel is open and its live session is gone. */
  ended: boolean;
  /** The tab Stagecoach saved; null until it is added to the meeting. */
  installed: SavedConfig | null;
  config: { open: boolean; valid: boolean; pending: SavedConfig | null; error: string | null };
  /** What is on the meeting stage, and whose client shows it. */
  stage: { url: string; viewer: SimPerson } | null;
  /** The notes tab, and whose client shows it; null while it is closed. */
  notes: { viewer: SimPerson } | null;
  /**
   * The personal tab (My coaching), whose client shows it, and the calendar
   * item Teams last opened for them from it; null while it is closed.
   */
  personal: { viewer: SimPerson; opened: { itemId: string } | null } | null;
  /** The meeting's chat, and whose Teams shows it; null while it is closed. */
  chat: { viewer: SimPerson } | null;
  statuses: Record<string, FrameStatus>;
  /** user id → the tokens Teams gave them (nested app authentication), first given first. */
  signIns: Record<string, SignIn[]>;
}

export type SimulatorAction =
  | { type: 'newMeeting'; meetingId: string }
  /** Ends the meeting: side panels and stage close; the notes tab stays openable, afresh; the chat stays, as Teams keeps it. */
  | { type: 'endMeeting' }
  | { type: 'theme'; theme: ThemeName }
  | { type: 'observer'; on: boolean }
  | { type: 'openConfig' }
  | { type: 'closeConfig' }
  | { type: 'install'; config: SavedConfig }
  | { type: 'openStage'; url: string; viewer: SimPerson }
  | { type: 'closeStage' }
  /** Opens the notes tab as `viewer` (reloading it if another viewer had it open); null closes it. */
  | { type: 'notes'; viewer: SimPerson | null }
  /** Opens the personal tab (My coaching) as `viewer`, the same way; null closes it. */
  | { type: 'personal'; viewer: SimPerson | null }
  /** Opens the meeting chat as `viewer`; null closes it. */
  | { type: 'chat'; viewer: SimPerson | null }
  | { type: 'effect'; paneId: string; effect: HostEffect };

export const CONFIG_PANE = 'config';
export const STAGE_PANE = 'stage';
export const NOTES_PANE = 'notes';
export const PERSONAL_PANE = 'personal';
export const sidePanelPane = (person: SimPerson) => `side:${person.userId}`;

const without = (statuses: Record<string, FrameStatus>, paneId: string) => {
  const rest = { ...statuses };
  delete rest[paneId];
  return rest;
};

/** Only `paneId`'s status, if it has one: a pane that outlives the meeting keeps its own. */
const keep = (statuses: Record<string, FrameStatus>, paneId: string): Record<string, FrameStatus> =>
  Object.hasOwn(statuses, paneId) ? { [paneId]: statuses[paneId]! } : {};

/** Enough for every scope set the app asks for; a frame cannot grow the list without end. */
export const MAX_SIGN_INS = 20;

const sameScopes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

/** The same scopes again count up; new ones go last. */
function addSignIn(list: SignIn[], grant: TokenGrant): SignIn[] {
  const at = list.findIndex((s) => sameScopes(s.scopes, grant.scopes));
  if (at >= 0) return list.map((s, i) => (i === at ? { ...s, count: s.count + 1 } : s));
  return [...list, { scopes: grant.scopes, count: 1 }].slice(-MAX_SIGN_INS);
}

const CLOSED_CONFIG: SimulatorState['config'] = { open: false, valid: false, pending: null, error: null };

export function initialState(meetingId: string, installed: SavedConfig | null): SimulatorState {
  return {
    meetingId,
    theme: 'default',
    observer: false,
    ended: false,
    installed,
    config: CLOSED_CONFIG,
    stage: null,
    notes: null,
    personal: null,
    chat: null,
    statuses: {},
    signIns: {},
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
    case 'tokenGranted': {
      const { userId } = effect.grant;
      return { ...state, signIns: { ...state.signIns, [userId]: addSignIn(state.signIns[userId] ?? [], effect.grant) } };
    }
    case 'openCalendarItem':
      // Only the personal tab opens calendar items, in its viewer's Outlook (under their side panel).
      if (paneId !== PERSONAL_PANE || !state.personal || effect.person.userId !== state.personal.viewer.userId) return state;
      return { ...state, personal: { ...state.personal, opened: { itemId: effect.itemId } } };
    case 'ignored':
      return state;
  }
}

/**
 * The simulator's state changes. `viewerOf` names the person whose frame a
 * pane shows (the stage opens in the sharer's client).
 */
export function reduce(state: SimulatorState, action: SimulatorAction, viewerOf: (paneId: string) => SimPerson): SimulatorState {
  switch (action.type) {
    case 'newMeeting':
      // Sign-ins are Teams', not the meeting's: MSAL keeps the tokens across meetings.
      // So is the personal tab: it belongs to the person's own app, not to a meeting.
      return {
        ...initialState(action.meetingId, state.installed),
        theme: state.theme,
        observer: state.observer,
        signIns: state.signIns,
        // What it last opened in Outlook is not opened again in the new meeting's panes.
        personal: state.personal && { ...state.personal, opened: null },
        // The chat stays open, now the new meeting's.
        chat: state.chat,
        statuses: keep(state.statuses, PERSONAL_PANE),
      };
    case 'endMeeting':
      return { ...state, ended: true, stage: null, notes: null, config: CLOSED_CONFIG, statuses: keep(state.statuses, PERSONAL_PANE) };
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
      if (action.viewer === null) return { ...state, notes: null };
      // The same viewer keeps the page as it is; another one loads it afresh, in their client.
      if (state.notes?.viewer.userId === action.viewer.userId) return state;
      return { ...state, notes: { viewer: action.viewer }, statuses: without(state.statuses, NOTES_PANE) };
    case 'personal':
      if (action.viewer === null) return { ...state, personal: null };
      if (state.personal?.viewer.userId === action.viewer.userId) return state;
      return { ...state, personal: { viewer: action.viewer, opened: null }, statuses: without(state.statuses, PERSONAL_PANE) };
    case 'chat':
      return { ...state, chat: action.viewer && { viewer: action.viewer } };
    case 'effect':
      return applyEffect(state, action.paneId, action.effect, viewerOf(action.paneId));
  }
}
