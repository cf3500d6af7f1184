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
  /** A calendar month (`YYYY-MM`): "December 2026", "Dec 2026" short, or "Dec" alone (an axis tick within a year). */
  monthYear(month: string, style?: 'long' | 'short' | 'month'): string;
  /** An instant, in `timeZone` (default: the device's), optionally naming the zone. */
  dateTime(at: EpochMs, options?: { timeZone?: string; withZone?: boolean; dateStyle?: DateStyle }): string;
  /** A time of day only. */
  time(at: EpochMs, options?: { timeZone?: string }): string;
  /** "a, b and c" as the locale joins them. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  number(value: number): string;
}

/**
 * Intl's formatters, made once per locale and options: making one costs far
 * more than formatting with it, and a list of sessions formats hundreds of
 * dates and numbers. A time zone or locale this browser does not know falls
 * back as each caller says.
 */
function formatters(locale: string) {
  const made = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
  const once = <T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T => {
    let formatter = made.get(key) as T | undefined;
    if (!formatter) made.set(key, (formatter = make()));
    return formatter;
  };
  /** In the defaults of a browser that does not know the locale, rather than a broken page. */
  const orDefault = <T>(make: (l: string) => T): T => {
    try {
      return make(locale);
    } catch {
      return make('en-US');
    }
  };
  const dates = (options: Intl.DateTimeFormatOptions) =>
    once(`d${JSON.stringify(options)}`, () => orDefault((l) => new Intl.DateTimeFormat(l, options)));
  return {
    /** An unknown time zone name: the instant in the device's zone rather than nothing. */
    date: (options: Intl.DateTimeFormatOptions, at: Date): string => {
      try {
        return dates(options).format(at);
      } catch {
        return dates({ ...options, timeZone: undefined }).format(at);
      }
    },
    /** The zone's long name ("Central European Standard Time") as the locale says it, or null. */
    zoneName: (at: EpochMs, timeZone: string | undefined): string | null => {
      try {
        const parts = dates(zoned({ timeZoneName: 'long' }, timeZone)).formatToParts(new Date(at));
        return parts.find((p) => p.type === 'timeZoneName')?.value ?? null;
      } catch {
        return null;
      }
    },
    list: (type: Intl.ListFormatType) => once(`l${type}`, () => orDefault((l) => new Intl.ListFormat(l, { type }))),
    number: () => once('n', () => orDefault((l) => new Intl.NumberFormat(l))),
  };
}

function parsedDate(date: LocalDate): Date | null {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

function zoned(options: Intl.DateTimeFormatOptions, timeZone: string | undefined): Intl.DateTimeFormatOptions {
  return timeZone ? { ...options, timeZone } : options;
}

/**
 * A number argument that reads in the locale's digits where a message puts it
 * as it is (`{done} of # steps`), like the plurals' `#` and `{x, number}` do,
 * and stays a number wherever the message computes with it. Lingui adds a
 * plain argument to the text (`message + value`: the "default" hint), while a
 * plural or number format reads it as a number, and a plural's exact match
 * (`=0`) as a property key (the "string" hint, kept in plain digits so that
 * `=0` still matches in Arabic). Codes that are names, not amounts (an HTTP
 * status), are passed as strings and stay as they are.
 */
function localNumbers(values: MessageValues, format: Intl.NumberFormat): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    out[key] =
      typeof value === 'number' && Number.isFinite(value)
        ? {
            [Symbol.toPrimitive]: (hint: string) => (hint === 'default' ? format.format(value) : hint === 'string' ? String(value) : value),
          }
        : value;
  }
  return out;
}

/** Words over compiled messages (tools/catalogue.cjs), in `locale`. */
export function createWords(locale: LocaleChoice, messages: Messages): Words {
  const i18n = setupI18n({ locale: locale.intlLocale, messages: { [locale.intlLocale]: messages } });
  const intl = formatters(locale.intlLocale);
  return {
    locale,
    t: (id, values) => i18n._(id, values && localNumbers(values, intl.number())),
    date: (date, style = 'medium') => {
      const parsed = parsedDate(date);
      return parsed ? intl.date({ dateStyle: style, timeZone: 'UTC' }, parsed) : date;
    },
    dayMonth: (date) => {
      const parsed = parsedDate(date);
      return parsed ? intl.date({ day: 'numeric', month: 'short', timeZone: 'UTC' }, parsed) : date;
    },
    monthYear: (month, style = 'long') => {
      const parsed = /^\d{4}-\d{2}$/.test(month) ? parsedDate(`${month}-01`) : null;
      const options: Intl.DateTimeFormatOptions = {
        month: style === 'long' ? 'long' : 'short',
        ...(style === 'month' ? {} : { year: 'numeric' }),
        timeZone: 'UTC',
      };
      return parsed ? intl.date(options, parsed) : month;
    },
    dateTime: (at, { timeZone, withZone = false, dateStyle = 'medium' } = {}) => {
      const when = intl.date(zoned({ dateStyle, timeStyle: 'short' }, timeZone), new Date(at));
      const name = withZone ? intl.zoneName(at, timeZone) : null;
      return name ? `${when} (${name})` : when;
    },
    time: (at, { timeZone } = {}) => intl.date(zoned({ timeStyle: 'short' }, timeZone), new Date(at)),
    list: (items, type = 'conjunction') => intl.list(type).format(items),
    number: (value) => intl.number().format(value),
  };
}
