export type { SessionStore, StoreSnapshot, ConnectionStatus, DispatchResult } from './sessionStore';
export type { MeetingHost, MeetingContext, ThemeName } from './meetingHost';
export type { Clock } from './clock';
