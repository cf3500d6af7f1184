import type { ThemeName } from './meetingHost';

/**
 * The host of the configuration page Teams shows when Stagecoach is added to
 * a meeting. Saving is the adapter's job (it knows the URLs to save); the
 * page only says when the user's choices are complete.
 */
export interface ConfigHost {
  /** The user's Teams theme when the page opened. */
  readonly theme: ThemeName;
  /** The user's Teams locale ("de-DE"), when the host says it. */
  readonly locale: string | null;
  /** Calls back when the host's theme changes; returns an unsubscribe. */
  onThemeChange(listener: (theme: ThemeName) => void): () => void;
  /** Enables or disables the host's Save button. */
  setValid(valid: boolean): void;
  /** Calls back once the host has saved the configuration; returns an unsubscribe. */
  onSaved(listener: () => void): () => void;
}
