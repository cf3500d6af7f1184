import { formatDuration } from '../../src/ui/format';
import { english, wordsFor } from '../fixtures/words';

const MINUTE = 60_000;

describe('formatDuration', () => {
  it('says durations in the locale’s own digits, as its plurals and counts do', () => {
    const arabic = wordsFor('ar-SA');
    for (const ms of [0, 4 * MINUTE, 60 * MINUTE, 65 * MINUTE]) {
      const text = formatDuration(arabic, ms);
      expect(text).not.toMatch(/[0-9]/);
      expect(text).toMatch(/[٠-٩]/);
    }
    expect(formatDuration(arabic, 65 * MINUTE)).toContain(arabic.number(5));
  });

  it('rounds down to whole minutes and goes to hours from sixty', () => {
    const read = (ms: number) => formatDuration(english, ms).match(/\d+/g)?.map(Number);
    expect(read(59_999)).toEqual([1]);
    expect(read(4 * MINUTE + 59_000)).toEqual([4]);
    expect(read(60 * MINUTE)).toEqual([1]);
    expect(read(125 * MINUTE)).toEqual([2, 5]);
    expect(formatDuration(english, 59_999)).toBe(english.t('common.duration.underMinute', { one: english.number(1) }));
    expect(formatDuration(english, 60 * MINUTE)).toBe(english.t('common.duration.hours', { hours: english.number(1) }));
  });
});
