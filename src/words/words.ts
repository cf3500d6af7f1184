import { setupI18n, type Messages } from '@lingui/core';
import type { EpochMs, LocalDate } from '../domain';
import type en from './catalogues/en';
import type { LocaleChoice } from './languages';

/** Every message id, from the English catalogue: a typo or a removed key fails the type check. */
export type MessageId = keyof typeof en;
/** A message's ICU arguments: text and numbers only; dates and lists are worded by Words first. */
export type MessageValues = Readonly<Record<string, string | number>>;

export type DateStyle = 'short' | 'medium' | 'long' | 'full';

/** Everything a surface says, in the reader's language and locale. */
export interface Words {
  readonly locale: LocaleChoice;
  /** The message, with its arguments; plurals follow the locale's rules. */
  t(id: MessageId, values?: MessageValues): string;
  /** A calendar date (`YYYY-MM-DD`), read as that day wherever the reader is. */
  date(date: LocalDate, style?: DateStyle): string;
  /** A day and month only ("9 Dec"), for badges. */
  dayMonth(date: LocalDate): string;
  /** An instant, in `timeZone` (default: the device's), optionally naming the zone. */
  dateTime(at: EpochMs, options?: { timeZone?: string; withZone?: boolean; dateStyle?: DateStyle }): string;
  /** A time of day only. */
  time(at: EpochMs, options?: { timeZone?: string }): string;
  /** "a, b and c" as the locale joins them. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  number(value: number): string;
}

function formatter<T>(make: (locale: string) => T, locale: string): T {
  try {
    return make(locale);
  } catch {
    // A time zone or locale this browser does not know: the same call in its defaults beats a broken page.
    return make('en-US');
  }
}

function parsedDate(date: LocalDate): Date | null {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

function zoned(options: Intl.DateTimeFormatOptions, timeZone: string | undefined): Intl.DateTimeFormatOptions {
  return timeZone ? { ...options, timeZone } : options;
}

function format(locale: string, options: Intl.DateTimeFormatOptions, at: Date): string {
  try {
    return new Intl.DateTimeFormat(locale, options).format(at);
  } catch {
    // An unknown time zone name: say the instant in the device's zone rather than nothing.
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: undefined }).format(at);
  }
}

/** The zone's long name ("Central European Standard Time") as the locale says it, or null. */
function zoneName(locale: string, at: EpochMs, timeZone: string | undefined): string | null {
  try {
    const parts = new Intl.DateTimeFormat(locale, zoned({ timeZoneName: 'long' }, timeZone)).formatToParts(new Date(at));
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? null;
  } catch {
    return null;
  }
}

/** Words over compiled messages (tools/catalogue.cjs), in `locale`. */
export function createWords(locale: LocaleChoice, messages: Messages): Words {
  const i18n = setupI18n({ locale: locale.intlLocale, messages: { [locale.intlLocale]: messages } });
  const intl = locale.intlLocale;
  return {
    locale,
    t: (id, values) => i18n._(id, values),
    date: (date, style = 'medium') => {
      const parsed = parsedDate(date);
      return parsed ? format(intl, { dateStyle: style, timeZone: 'UTC' }, parsed) : date;
    },
    dayMonth: (date) => {
      const parsed = parsedDate(date);
      return parsed ? format(intl, { day: 'numeric', month: 'short', timeZone: 'UTC' }, parsed) : date;
    },
    dateTime: (at, { timeZone, withZone = false, dateStyle = 'medium' } = {}) => {
      const when = format(intl, zoned({ dateStyle, timeStyle: 'short' }, timeZone), new Date(at));
      const name = withZone ? zoneName(intl, at, timeZone) : null;
      return name ? `${when} (${name})` : when;
    },
    time: (at, { timeZone } = {}) => format(intl, zoned({ timeStyle: 'short' }, timeZone), new Date(at)),
    list: (items, type = 'conjunction') => formatter((l) => new Intl.ListFormat(l, { type }), intl).format(items),
    number: (value) => formatter((l) => new Intl.NumberFormat(l), intl).format(value),
  };
}
