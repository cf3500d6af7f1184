import { applyCommand, parseEnvelope, roleOf, type Envelope, type Refusal } from '../../src/domain';
import { newSession, T0, TODAY } from '../fixtures/sessions';

const valid = {
  id: 'env-1',
  actorId: 'u-coach',
  at: T0,
  today: TODAY,
  command: { type: 'stateChallenge', id: 'ch-1', text: 'Too many meetings.' },
};

function reasonFor(raw: unknown): Refusal {
  const result = parseEnvelope(raw);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.code).toBe('invalid');
  return result.reason;
}

function parsed(raw: unknown): Envelope {
  const result = parseEnvelope(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.reason));
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
    expect(reasonFor(raw)).toEqual({ key: 'notAMessage' });
  });

  it('names a missing field', () => {
    expect(reasonFor({ ...valid, actorId: undefined })).toEqual({ key: 'invalidField', field: 'actorId', problem: 'missing' });
    const noCommand: Record<string, unknown> = { ...valid };
    delete noCommand.command;
    expect(reasonFor(noCommand)).toEqual({ key: 'invalidField', field: 'command', problem: 'missing' });
    // Present but undefined reaches the command schema instead.
    expect(reasonFor({ ...valid, command: undefined })).toEqual({ key: 'unknownCommand' });
    expect(reasonFor({ ...valid, command: { type: 'addCause', id: 'c-1' } })).toEqual({
      key: 'invalidField',
      field: 'text',
      problem: 'missing',
    });
  });

  it('names a field of the wrong type, and the type it must have', () => {
    expect(reasonFor({ ...valid, at: '2026-11-25' })).toEqual({
      key: 'invalidField',
      field: 'at',
      problem: 'wrongType',
      expected: 'number',
    });
    expect(reasonFor({ ...valid, id: 7 })).toEqual({ key: 'invalidField', field: 'id', problem: 'wrongType', expected: 'text' });
    expect(reasonFor({ ...valid, command: { type: 'advance', force: 'yes' } })).toEqual({
      key: 'invalidField',
      field: 'force',
      problem: 'wrongType',
      expected: 'boolean',
    });
    expect(reasonFor({ ...valid, command: { type: 'setNextStepDone', id: 's', done: 1 } })).toEqual({
      key: 'invalidField',
      field: 'done',
      problem: 'wrongType',
      expected: 'boolean',
    });
  });

  it('says what is wrong with a bad value, and the limit it broke', () => {
    expect(reasonFor({ ...valid, at: -1 })).toEqual({ key: 'invalidField', field: 'at', problem: 'tooSmall', min: 0 });
    expect(reasonFor({ ...valid, at: 1.5 })).toEqual({ key: 'invalidField', field: 'at', problem: 'wrongType', expected: 'wholeNumber' });
    expect(reasonFor({ ...valid, at: Number.NaN })).toMatchObject({ key: 'invalidField', field: 'at', expected: 'number' });
    expect(reasonFor({ ...valid, at: Number.POSITIVE_INFINITY })).toMatchObject({ key: 'invalidField', field: 'at' });
    expect(reasonFor({ ...valid, today: '25/11/2026' })).toEqual({
      key: 'invalidField',
      field: 'today',
      problem: 'format',
      format: 'date',
    });
    expect(reasonFor({ ...valid, today: '2026-02-30' })).toEqual({ key: 'invalidField', field: 'today', problem: 'noSuchDate' });
    expect(reasonFor({ ...valid, command: { type: 'recordConfidence', value: 6 } })).toEqual({
      key: 'invalidField',
      field: 'value',
      problem: 'tooBig',
      max: 5,
    });
    expect(reasonFor({ ...valid, command: { type: 'recordConfidence', value: 2.5 } })).toEqual({
      key: 'invalidField',
      field: 'value',
      problem: 'wrongType',
      expected: 'wholeNumber',
    });
    expect(reasonFor({ ...valid, command: { type: 'goBack', to: 'later' } })).toEqual({
      key: 'invalidField',
      field: 'to',
      problem: 'unknownValue',
    });
  });

  it('refuses an unknown or missing command type', () => {
    expect(reasonFor({ ...valid, command: { type: 'deleteEverything' } })).toEqual({ key: 'unknownCommand' });
    expect(reasonFor({ ...valid, command: {} })).toEqual({ key: 'unknownCommand' });
    expect(reasonFor({ ...valid, command: null })).toEqual({ key: 'unknownCommand' });
    expect(reasonFor({ ...valid, command: { type: '__proto__' } })).toEqual({ key: 'unknownCommand' });
    expect(reasonFor({ ...valid, command: { type: 'toString' } })).toEqual({ key: 'unknownCommand' });
  });

  it('refuses empty or whitespace-only texts', () => {
    expect(reasonFor({ ...valid, command: { type: 'stateChallenge', id: 'c', text: '   ' } })).toEqual({
      key: 'invalidField',
      field: 'text',
      problem: 'empty',
      subject: 'challenge',
    });
    expect(reasonFor({ ...valid, command: { type: 'join', displayName: '' } })).toEqual({
      key: 'invalidField',
      field: 'displayName',
      problem: 'empty',
      subject: 'displayName',
    });
  });

  it('refuses 10 MB strings wherever they appear', () => {
    expect(reasonFor({ ...valid, command: { type: 'stateChallenge', id: 'c', text: big } })).toEqual({
      key: 'invalidField',
      field: 'text',
      problem: 'tooLong',
      subject: 'challenge',
      max: 2000,
    });
    expect(reasonFor({ ...valid, command: { type: 'addOption', id: 'o', text: big } })).toEqual({
      key: 'invalidField',
      field: 'text',
      problem: 'tooLong',
      subject: 'option',
      max: 500,
    });
    expect(reasonFor({ ...valid, actorId: big })).toEqual({ key: 'invalidField', field: 'actorId', problem: 'tooLong', max: 128 });
    expect(reasonFor({ ...valid, id: big })).toEqual({ key: 'invalidField', field: 'id', problem: 'format', format: 'id' });
    expect(reasonFor({ ...valid, today: big })).toEqual({ key: 'invalidField', field: 'today', problem: 'format', format: 'date' });
    expect(reasonFor({ ...valid, command: { type: 'join', displayName: big } })).toMatchObject({
      problem: 'tooLong',
      subject: 'displayName',
    });
    expect(reasonFor({ ...valid, command: { type: 'recordCoachEvent', eventId: big, iCalUId: 'i' } })).toEqual({
      key: 'invalidField',
      field: 'eventId',
      problem: 'tooLong',
      max: 512,
    });
  });

  it('refuses a text exactly one character over the limit, accepts it at the limit', () => {
    const at = 'a'.repeat(500);
    expect(parsed({ ...valid, command: { type: 'addCause', id: 'c', text: at } }).command).toMatchObject({ text: at });
    expect(reasonFor({ ...valid, command: { type: 'addCause', id: 'c', text: `${at}a` } })).toMatchObject({
      problem: 'tooLong',
      subject: 'cause',
      max: 500,
    });
  });

  it('refuses ids outside the id alphabet, including prototype keys', () => {
    for (const id of ['__proto__ ', 'a b', 'a/b', '', 'x'.repeat(65), 'ü', '../etc']) {
      expect(reasonFor({ ...valid, id })).toEqual({ key: 'invalidField', field: 'id', problem: 'format', format: 'id' });
    }
    // "__proto__" itself passes the id alphabet, but never as a user id:
    expect(reasonFor({ ...valid, actorId: '__proto__' })).toEqual({ key: 'userIdNotAllowed' });
    expect(reasonFor({ ...valid, command: { type: 'assignRole', userId: '__proto__', role: 'coach' } })).toEqual({
      key: 'userIdNotAllowed',
    });
    expect(
      reasonFor({
        ...valid,
        command: { type: 'addNextStep', id: 's', text: 't', ownerId: '__proto__', due: TODAY },
      }),
    ).toEqual({ key: 'userIdNotAllowed' });
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
    expect(reasonFor(trap)).toEqual({ key: 'unreadableMessage' });
    const { proxy, revoke } = Proxy.revocable({ ...valid }, {});
    revoke();
    expect(reasonFor(proxy)).toEqual({ key: 'unreadableMessage' });
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
        reason: { key: 'notJoined' },
      });
      const join = applyCommand(s, parsed({ ...valid, actorId: name, command: { type: 'join', displayName: name } }));
      expect(join.ok && Object.hasOwn(join.state.participants, name)).toBe(true);
      expect(join.ok && join.state.participants[name]?.role).toBe('observer');
    }
  });
});
