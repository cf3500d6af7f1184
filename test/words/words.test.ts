import { chooseLocale } from '../../src/words';
import { english, wordsFor } from '../fixtures/words';

describe('chooseLocale', () => {
  it.each([
    ['de-DE', 'de', 'de-DE', 'ltr'],
    ['de-AT', 'de', 'de-AT', 'ltr'],
    ['ar-SA', 'ar', 'ar-SA', 'rtl'],
    ['AR-eg', 'ar', 'ar-EG', 'rtl'],
    ['en-GB', 'en', 'en-GB', 'ltr'],
  ])('reads %s as %s', (tag, catalogue, intlLocale, direction) => {
    expect(chooseLocale(tag)).toEqual({ catalogue, language: catalogue, intlLocale, direction });
  });

  it.each([['fr-FR'], ['ja'], [''], [null], [undefined], ['not a tag!'], ['__proto__']])('falls back to English for %p', (tag) => {
    expect(chooseLocale(tag)).toEqual({ catalogue: 'en', language: 'en', intlLocale: 'en-US', direction: 'ltr' });
  });

  it('reads Windows’ pseudo-locale as English made long', () => {
    expect(chooseLocale('qps-ploc')).toMatchObject({ catalogue: 'pseudo', language: 'en', direction: 'ltr' });
  });
});

describe('Words', () => {
  it('says a message in each language', () => {
    expect(english.t('common.role.coach')).toBe('Coach');
    expect(wordsFor('de-DE').t('common.role.observer')).toBe('Beobachter:in');
    expect(wordsFor('ar-SA').t('common.role.coachee')).toBe('المتدرّب');
  });

  it('fills arguments', () => {
    expect(english.t('common.duration.hoursMinutes', { hours: 1, minutes: 5 })).toBe('1 h 5 min');
  });

  it('says a count put in a message as it is in the locale’s digits, as its plurals do, and keeps exact plural matches', () => {
    const arabic = wordsFor('ar-SA');
    const steps = arabic.t('notes.sessionRow.steps', { done: 2, total: 3 });
    expect(steps).toContain(arabic.number(2));
    expect(steps).not.toMatch(/[0-9]/);
    expect(arabic.t('notes.facts.stageValue', { stage: 'x', met: 1, total: 2 })).not.toMatch(/[0-9]/);
    // English groups thousands; a plural's "=0" still matches a number given as one.
    expect(english.t('notes.sessionRow.steps', { done: 1234, total: 2000 })).toContain('1,234');
    expect(english.t('notes.sessionRow.steps', { done: 0, total: 0 })).toBe(english.t('notes.sessionRow.steps', { done: 5, total: 0 }));
    expect(english.t('notes.md.path', { path: 'x', count: 0 })).not.toMatch(/[0-9]/);
    // A code that is a name is given as a string, and stays as it is.
    expect(arabic.t('failures.unknown.status', { status: '502' })).toContain('502');
  });

  it('writes a calendar date as that day, in the locale', () => {
    expect(english.date('2026-12-09')).toBe('Dec 9, 2026');
    expect(wordsFor('de-DE').date('2026-12-09')).toBe('09.12.2026');
    expect(wordsFor('de-DE').dayMonth('2026-12-09')).toBe('9. Dez.');
    expect(english.monthYear('2026-12')).toBe('December 2026');
    expect(english.monthYear('2026-12', 'short')).toBe('Dec 2026');
    expect(english.monthYear('2026-12', 'month')).toBe('Dec');
    expect(wordsFor('de-DE').monthYear('2027-01')).toBe('Januar 2027');
    expect(english.monthYear('2026-13')).toBe('2026-13');
    // An impossible date is shown as written rather than as "Invalid Date".
    expect(english.date('2026-13-45')).toBe('2026-13-45');
  });

  it('names the time zone when asked, in the reader’s language', () => {
    const at = Date.UTC(2026, 11, 9, 9, 0);
    expect(english.dateTime(at, { timeZone: 'Europe/Berlin', withZone: true })).toBe(
      'Dec 9, 2026, 10:00 AM (Central European Standard Time)',
    );
    expect(wordsFor('de-DE').dateTime(at, { timeZone: 'Europe/Berlin', withZone: true })).toBe(
      '09.12.2026, 10:00 (Mitteleuropäische Normalzeit)',
    );
  });

  it('says an instant in the device zone when the zone is unknown, rather than failing', () => {
    expect(() => english.dateTime(0, { timeZone: 'Mars/Olympus', withZone: true })).not.toThrow();
  });

  it('joins lists as the locale does', () => {
    expect(english.list(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(wordsFor('de-DE').list(['a', 'b', 'c'])).toBe('a, b und c');
  });

  it('pseudo-localises: accented, longer, bracketed, arguments intact', () => {
    const pseudo = wordsFor('qps-ploc').t('common.duration.hoursMinutes', { hours: 1, minutes: 5 });
    expect(pseudo).toMatch(/^\[1 h 5 míñ( ·{1,5})+\]$/);
    expect(pseudo.length).toBeGreaterThan('1 h 5 min'.length * 1.3);
  });
});
