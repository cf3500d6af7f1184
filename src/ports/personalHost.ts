import type { UserId } from '../domain';
import type { ThemeName } from './meetingHost';

/** What the personal tab needs to know about where it runs. */
export interface PersonalContext {
  /** The user's Entra object id; null when the host does not say (the page then asks Graph's `/me`). */
  userId: UserId | null;
  displayName: string | null;
  /** The user's sign-in name (teams-js's `user.loginHint`, else their UPN): MSAL's login hint; null when the host does not say. */
  loginHint: string | null;
  /** The user's Entra ID tenant, when the host names it. */
  tenantId: string | null;
  theme: ThemeName;
  locale: string;
  /** The Microsoft 365 app the tab runs in, as it names itself: `Teams`, `Outlook`, `Office`, … */
  hostName: string;
}

/**
 * The host of the personal tab ("My coaching"): Teams, Outlook or the
 * Microsoft 365 app, through teams-js. Small on purpose: who, which theme,
 * ready or failed, and opening a calendar item in the host itself.
 */
export interface PersonalHost {
  readonly context: PersonalContext;
  /** Calls back when the host's theme changes; returns an unsubscribe. */
  onThemeChange(listener: (theme: ThemeName) => void): () => void;
  /** Tells the host the tab is ready to use (it hides its loading indicator). */
  notifyReady(): void;
  /** Tells the host the tab could not start, and why, in words for people. */
  notifyFailure(message: string): void;
  /**
   * Opens the user's own calendar item (its REST id) in the host's calendar.
   * False when this host cannot (no calendar capability, or it refused): the
   * caller then opens the event's web link instead. Never rejects.
   */
  openCalendarItem(itemId: string): Promise<boolean>;
}
