import { applyCommand, parseEnvelope, roleOf, type Envelope } from '../../src/domain';
import { newSession, T0, TODAY } from '../fixtures/sessions';

const valid = {
  id: 'env-1',
  actorId: 'u-coach',
  at: T0,
  today: TODAY,
  command: { type: 'stateChallenge', id: 'ch-1', text: 'Too many meetings.' },
};

function reasonFor(raw: unknown): string {
  const result = parseEnvelope(raw);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.code).toBe('invalid');
  return result.reason;
}

function parsed(raw: unknown): Envelope {
  const result = parseEnvelope(raw);
  if (!result.ok) throw new Error(result.reason);
  return result.envelope;
}

const big = 'x'.repeat(10 * 1024 * 1024);

describe('parseEnvelope accepts', () => {
  it('a well-formed envelope, unchanged', () => {
    expect(parsed(valid)).toEqual(valid);
  });

  it('trims the texts of a command', () => {
    const e = parsed({ ...valid, command: { type: 'addCause', id: 'c-1', text: '  \n Not enough time\t ' } });
    expect(e.command).toEqual({ type: 'addCause', id: 'c-1', text: 'Not enough time' });
    const j = parsed({ ...valid, command: { type: 'join', displayName: '  Alex  ' } });
    expect(j.command).toEqual({ type: 'join', displayName: 'Alex' });
  });

  it('drops keys that are not part of the schema', () => {
    const e = parsed({ ...valid, extra: 1, command: { ...valid.command, admin: true, nested: { a: { b: [1, 2] } } } });
    expect(e).toEqual(valid);
    expect('extra' in e).toBe(false);
    expect('admin' in e.command).toBe(false);
  });
});

describe('parseEnvelope refuses hostile input without throwing', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'advance'],
    ['an array', [valid]],
    ['a function', () => valid],
  ])('%s', (_name, raw) => {
    expect(reasonFor(raw)).toBe('A message must be an object.');
  });

  it('names a missing field in a sentence', () => {
    expect(reasonFor({ ...valid, actorId: undefined })).toBe('"actorId" is missing.');
    const noCommand: Record<string, unknown> = { ...valid };
    delete noCommand.command;
    expect(reasonFor(noCommand)).toBe('"command" is missing.');
    // Present but undefined reaches the command schema instead.
    expect(reasonFor({ ...valid, command: undefined })).toBe('Unknown command.');
    expect(reasonFor({ ...valid, command: { type: 'addCause', id: 'c-1' } })).toBe('"text" is missing.');
  });

  it('names a field of the wrong type in a sentence', () => {
    expect(reasonFor({ ...valid, at: '2026-11-25' })).toBe('"at" must be a number.');
    expect(reasonFor({ ...valid, id: 7 })).toBe('"id" must be text.');
    expect(reasonFor({ ...valid, command: { type: 'advance', force: 'yes' } })).toBe('"force" must be true or false.');
    expect(reasonFor({ ...valid, command: { type: 'setNextStepDone', id: 's', done: 1 } })).toBe('"done" must be true or false.');
  });

  it('uses the schema messages for bad values', () => {
    expect(reasonFor({ ...valid, at: -1 })).toBe('Times cannot be negative.');
    expect(reasonFor({ ...valid, at: 1.5 })).toBe('Times are whole milliseconds.');
    expect(reasonFor({ ...valid, at: Number.NaN })).toMatch(/number/);
    expect(reasonFor({ ...valid, at: Number.POSITIVE_INFINITY })).toMatch(/./);
    expect(reasonFor({ ...valid, today: '25/11/2026' })).toBe('Dates are written YYYY-MM-DD.');
    expect(reasonFor({ ...valid, today: '2026-02-30' })).toBe('That date does not exist.');
    expect(reasonFor({ ...valid, command: { type: 'recordConfidence', value: 6 } })).toBe('Confidence runs from 1 to 5.');
    expect(reasonFor({ ...valid, command: { type: 'recordConfidence', value: 2.5 } })).toBe('Confidence is a whole number.');
    expect(reasonFor({ ...valid, command: { type: 'goBack', to: 'later' } })).toBe('Unknown stage.');
  });

  it('refuses an unknown or missing command type', () => {
    expect(reasonFor({ ...valid, command: { type: 'deleteEverything' } })).toBe('Unknown command.');
    expect(reasonFor({ ...valid, command: {} })).toBe('Unknown command.');
    expect(reasonFor({ ...valid, command: null })).toBe('Unknown command.');
    expect(reasonFor({ ...valid, command: { type: '__proto__' } })).toBe('Unknown command.');
    expect(reasonFor({ ...valid, command: { type: 'toString' } })).toBe('Unknown command.');
  });

  it('refuses empty or whitespace-only texts', () => {
    expect(reasonFor({ ...valid, command: { type: 'stateChallenge', id: 'c', text: '   ' } })).toBe('The challenge cannot be empty.');
    expect(reasonFor({ ...valid, command: { type: 'join', displayName: '' } })).toBe('The display name cannot be empty.');
  });

  it('refuses 10 MB strings wherever they appear', () => {
    expect(reasonFor({ ...valid, command: { type: 'stateChallenge', id: 'c', text: big } })).toBe(
      'The challenge is too long (at most 2000 characters).',
    );
    expect(reasonFor({ ...valid, command: { type: 'addOption', id: 'o', text: big } })).toBe(
      'An option is too long (at most 500 characters).',
    );
    expect(reasonFor({ ...valid, actorId: big })).toBe('That user id is too long.');
    expect(reasonFor({ ...valid, id: big })).toBe('Ids are 1–64 letters, digits, "-" or "_".');
    expect(reasonFor({ ...valid, today: big })).toBe('Dates are written YYYY-MM-DD.');
    expect(reasonFor({ ...valid, command: { type: 'join', displayName: big } })).toMatch(/too long/);
    expect(reasonFor({ ...valid, command: { type: 'recordCoachEvent', eventId: big, iCalUId: 'i' } })).toMatch(/./);
  });

  it('refuses a text exactly one character over the limit, accepts it at the limit', () => {
    const at = 'a'.repeat(500);
    expect(parsed({ ...valid, command: { type: 'addCause', id: 'c', text: at } }).command).toMatchObject({ text: at });
    expect(reasonFor({ ...valid, command: { type: 'addCause', id: 'c', text: `${at}a` } })).toMatch(/too long/);
  });

  it('refuses ids outside the id alphabet, including prototype keys', () => {
    for (const id of ['__proto__ ', 'a b', 'a/b', '', 'x'.repeat(65), 'ü', '../etc']) {
      expect(reasonFor({ ...valid, id })).toBe('Ids are 1–64 letters, digits, "-" or "_".');
    }
    // "__proto__" itself passes the id alphabet, but never as a user id:
    expect(reasonFor({ ...valid, actorId: '__proto__' })).toBe('That user id is not allowed.');
    expect(reasonFor({ ...valid, command: { type: 'assignRole', userId: '__proto__', role: 'coach' } })).toBe(
      'That user id is not allowed.',
    );
    expect(
      reasonFor({
        ...valid,
        command: { type: 'addNextStep', id: 's', text: 't', ownerId: '__proto__', due: TODAY },
      }),
    ).toBe('That user id is not allowed.');
  });

  it('does not let "__proto__" keys in JSON pollute anything', () => {
    const raw = JSON.parse(
      '{"__proto__":{"polluted":true},"id":"e1","actorId":"u-coach","at":1,"today":"2026-11-25",' +
        '"command":{"type":"join","displayName":"A","__proto__":{"polluted":true}}}',
    );
    const e = parsed(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((e as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect((e.command as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(e.command)).toBe(Object.prototype);
  });

  it('survives getters that throw and revoked proxies', () => {
    const trap = Object.defineProperty({ ...valid }, 'actorId', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(reasonFor(trap)).toMatch(/./);
    const { proxy, revoke } = Proxy.revocable({ ...valid }, {});
    revoke();
    expect(reasonFor(proxy)).toMatch(/./);
  });

  it('handles thousands of unexpected keys', () => {
    const wide: Record<string, unknown> = { ...valid };
    for (let i = 0; i < 100_000; i += 1) wide[`k${i}`] = i;
    expect(parsed(wide)).toEqual(valid);
  });
});

describe('user ids that name Object.prototype members', () => {
  it('are not mistaken for participants, and can join as themselves', () => {
    const s = newSession();
    for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(roleOf(s, name)).toBe('observer');
      const advance = parsed({ ...valid, actorId: name, command: { type: 'advance', force: true } });
      expect(applyCommand(s, advance)).toEqual({
        ok: false,
        code: 'forbidden',
        reason: 'Join the session before changing it.',
      });
      const join = applyCommand(s, parsed({ ...valid, actorId: name, command: { type: 'join', displayName: name } }));
      expect(join.ok && Object.hasOwn(join.state.participants, name)).toBe(true);
      expect(join.ok && join.state.participants[name]?.role).toBe('observer');
    }
  });
});
