import type { UserId } from '../domain';

export type ThemeName = 'default' | 'dark' | 'contrast';

/** What the app needs to know about the meeting it runs in. */
export interface MeetingContext {
  /** Identifies the meeting, and so the shared session. */
  meetingId: string;
  userId: UserId;
  displayName: string;
  /** The organizer becomes the coach by default. */
  organizerId: UserId;
  theme: ThemeName;
  locale: string;
}

/** The Teams host, or a stand-in for it: our own small view of teams-js. */
export interface MeetingHost {
  readonly context: MeetingContext;
  /** Calls back when the host's theme changes; returns an unsubscribe. */
  onThemeChange(listener: (theme: ThemeName) => void): () => void;
  /** Tells the host the app is ready to use. */
  notifyReady(): void;
}
