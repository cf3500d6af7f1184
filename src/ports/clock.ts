import type { EpochMs, LocalDate } from '../domain';

/** Time as the app sees it; tests pass a fake one. */
export interface Clock {
  now(): EpochMs;
  /** Today's date in the user's own time zone. */
  today(): LocalDate;
}
