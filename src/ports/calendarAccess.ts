import type { CalendarGateway } from './calendarGateway';

/** The calendar and chat through Microsoft 365, where the host offers them. */
export interface CalendarAccess {
  /** Loads the calendar code (and sign-in) on first use; may reject (the UI reports the calendar unavailable). */
  gateway(): Promise<CalendarGateway>;
  /** This user's IANA time zone: suggestions and the invite are in it. */
  timeZone: string;
  /** The meeting chat, where the summary may go; null when the host did not name it. */
  chatId: string | null;
  /** Where the invite's link to the session notes points. */
  notesUrl: string;
}
