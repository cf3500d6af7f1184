import { MAIL_ADDRESS_MAX } from '../base';

/**
 * Sane limits on what a session may hold. They keep a hostile or runaway
 * client from bloating the shared session, and keep the panel readable.
 */
export const LIMITS = {
  /** Challenge statement, coachee summary, affirmation. */
  longText: 2000,
  /** A cause, an option, a next step, a go-back reason. */
  shortText: 500,
  displayName: 100,
  /** RFC 5321's longest mailbox. */
  address: MAIL_ADDRESS_MAX,
  /** Causes, options, next steps, challenge versions: each. */
  itemsPerCollection: 200,
  timelineEntries: 5000,
  participants: 50,
  /** Follow-up meeting length, minutes. */
  minFollowUpMinutes: 5,
  maxFollowUpMinutes: 480,
  /** How far ahead a due date or follow-up may be set, days. */
  maxDaysAhead: 366 * 2,
} as const;
