import type { UserId } from '../domain';
import type { HostFailure } from './failures';
import type { LiveShareHostHandle } from './liveShareHost';

/** The Teams themes; Teams also spells them this way in the `{theme}` URL placeholder. */
export const THEME_NAMES = ['default', 'dark', 'contrast'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/** Guards values from outside (a URL query, a host message) before they pick a theme. */
export const isThemeName = (value: unknown): value is ThemeName => THEME_NAMES.includes(value as ThemeName);

/**
 * Where in the meeting the page runs: Teams' frame contexts that Stagecoach
 * declares. `other` covers any context it does not know (it then shows the side panel).
 */
export type FrameContext = 'sidePanel' | 'meetingStage' | 'settings' | 'content' | 'other';

/** What the app needs to know about the meeting it runs in. */
export interface MeetingContext {
  /** Identifies the meeting, and so the shared session. */
  meetingId: string;
  /** The meeting's chat thread, when the host names it. */
  chatId: string | null;
  userId: UserId;
  displayName: string;
  /**
   * The user's sign-in name, as the host gives it for sign-in (teams-js's
   * `user.loginHint`, else their UPN), usually their email address: MSAL's
   * login hint, and what the calendar invites them by. Null when the host does not say.
   */
  loginHint: string | null;
  /** The user's Entra ID tenant, when the host names it. */
  tenantId: string | null;
  theme: ThemeName;
  locale: string;
  frameContext: FrameContext;
}

/** The Teams host: our own small view of teams-js. */
export interface MeetingHost {
  readonly context: MeetingContext;
  /** Calls back when the host's theme changes; returns an unsubscribe. */
  onThemeChange(listener: (theme: ThemeName) => void): () => void;
  /** Tells the host the app is ready to use (Teams hides its loading indicator). */
  notifyReady(): void;
  /** Tells the host the app could not start, and why, in words for people. */
  notifyFailure(message: string): void;
  /** Whether this user may put the app on the meeting stage now. Never rejects. */
  canShareToStage(): Promise<boolean>;
  /** Puts the app's stage view on the meeting stage for everyone. */
  shareToStage(): Promise<void>;
  /**
   * The meeting's Live Share host (teams-js's LiveShareHost): it names the
   * Fluid service, keeps the meeting's container id and tells who each client is.
   * @throws when the host does not support Live Share here.
   */
  liveShareHost(): LiveShareHostHandle;
  /** Whether the host offers Live Share here (Teams' phone apps do not in the meeting's chat and details tabs). */
  offersLiveShare(): boolean;
}

/**
 * Raised when no meeting host answers: the page was opened in a plain browser
 * tab, or the host did not answer in time. `failure` says which, for people
 * (failureText words it); the message is for developers.
 */
export class MeetingHostUnavailable extends Error {
  override name = 'MeetingHostUnavailable';
  readonly failure: HostFailure;
  constructor(failure: Omit<HostFailure, 'kind' | 'retryable'>, message?: string) {
    super(message ?? failure.detail ?? `No meeting host (${failure.host}: ${failure.problem}).`);
    this.failure = { kind: 'noHost', retryable: false, ...failure };
  }
}
