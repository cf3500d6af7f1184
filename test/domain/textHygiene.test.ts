import { isBlank, parseEnvelope, type Command } from '../../src/domain';

const envelope = (command: unknown) => ({ id: 'op-1', actorId: 'u-coach', at: 0, today: '2026-11-25', command });
const parsed = (command: unknown): Command | null => {
  const result = parseEnvelope(envelope(command));
  return result.ok ? result.envelope.command : null;
};
const textOf = (command: unknown) => {
  const result = parsed(command);
  return result && 'text' in result ? result.text : null;
};

describe('typed text', () => {
  it.each([
    ['zero-width spaces', '\u200B\u200B\u200B'],
    ['a byte-order mark and joiners', '\uFEFF\u200D\u2060'],
    ['control characters', '\u0000\u0007\u001B'],
    ['bidi marks and white space', ' \u200E\u200F\n\t'],
  ])('made only of %s is empty, and refused', (_what, text) => {
    const result = parseEnvelope(envelope({ type: 'addCause', id: 'c1', text }));
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(isBlank(text)).toBe(true);
  });

  it('loses its control characters but keeps tabs and line breaks, in every text field', () => {
    expect(textOf({ type: 'addCause', id: 'c1', text: 'Ring\u0007 the\u001B bell\u0085' })).toBe('Ring the bell');
    expect(textOf({ type: 'writeCoacheeSummary', text: 'First\r\nSecond\rThird\tend' })).toBe('First\nSecond\nThird\tend');
    expect(textOf({ type: 'stateChallenge', id: 'v1', text: '\u0000Deadlines' })).toBe('Deadlines');
    expect(textOf({ type: 'giveAffirmation', text: 'You can\u0008 do it' })).toBe('You can do it');
  });

  it('keeps what text needs: right-to-left marks in Arabic, emoji with joiners', () => {
    expect(textOf({ type: 'addOption', id: 'o1', text: '\u200Fأطلب البيانات يوم الأربعاء' })).toBe('\u200Fأطلب البيانات يوم الأربعاء');
    expect(textOf({ type: 'addOption', id: 'o2', text: 'Team 👩‍💻 sync' })).toBe('Team 👩‍💻 sync');
  });

  it('counts the length after cleaning', () => {
    const text = `${'a'.repeat(500)}${'\u0007'.repeat(20)}`;
    expect(textOf({ type: 'addCause', id: 'c1', text })).toBe('a'.repeat(500));
  });

  it('treats a carried-over challenge of invisible characters as none', () => {
    const result = parsed({
      type: 'carryOver',
      fromSessionId: 's-0',
      fromDate: '2026-11-18',
      challenge: '\u200B\u200B',
      chosenOption: null,
      steps: [],
      causes: [],
    });
    expect(result).toMatchObject({ type: 'carryOver', challenge: '' });
  });
});
