import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as domain from '../../src/domain';
import { applyCommand, parseEnvelope, type Envelope, type SessionState } from '../../src/domain';
import { deepFreeze, envelopeFor, FOLLOW_UP_START, NEXT_WEEK, newSession, COACH, COACHEE, OBSERVER } from '../fixtures/sessions';

const ROOT = join(__dirname, '../../src/domain');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

const FILES = sources(ROOT).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

describe('src/domain stays plain TypeScript', () => {
  it('finds the domain sources', () => {
    expect(FILES.map((f) => f.path)).toEqual(expect.arrayContaining(['apply.ts', 'handlers/stages.ts']));
  });

  it.each(FILES.map((f) => [f.path, f.text]))('%s imports only zod and relative modules', (_path, text) => {
    const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const s of specifiers) expect(s === 'zod' || s?.startsWith('.')).toBe(true);
  });

  it.each(FILES.map((f) => [f.path, f.text]))('%s reads no clock and no randomness, and stays short', (_path, text) => {
    expect(text).not.toMatch(/Date\.now|Math\.random|new Date\(\)|performance\.now|crypto/);
    expect(text.split('\n').length).toBeLessThan(300);
  });

  it('no longer has unimplemented stubs', () => {
    for (const f of FILES) expect(f.text).not.toMatch(/not implemented/);
  });

  it('the index exports names one by one', () => {
    const index = FILES.find((f) => f.path === 'index.ts')?.text ?? '';
    expect(index).not.toMatch(/export \*/);
    for (const name of ['pathTaken', 'criteriaFor', 'MIN_OPTIONS', 'mayIssue', 'refusalFor']) {
      expect(domain).toHaveProperty(name);
    }
  });
});

describe('applyCommand is pure and deterministic', () => {
  function script(): Envelope[] {
    let s = newSession();
    const raw = [
      [OBSERVER, { type: 'join', displayName: 'Robin' }],
      [COACHEE, { type: 'stateChallenge', id: 'c1', text: 'Topic' }],
      [COACH, { type: 'advance' }],
      [COACH, { type: 'agreeChallenge', versionId: 'c1' }],
      [COACHEE, { type: 'addCause', id: 'k1', text: 'Cause' }],
      [COACH, { type: 'editCause', id: 'k1', text: 'Cause, edited' }],
      [COACHEE, { type: 'addOption', id: 'o1', text: 'One' }],
      [COACH, { type: 'addOption', id: 'o2', text: 'Two' }],
      [COACHEE, { type: 'editOption', id: 'o2', text: 'Two, edited' }],
      [COACHEE, { type: 'advance' }],
      [COACHEE, { type: 'chooseOption', id: 'o1' }],
      [COACHEE, { type: 'addNextStep', id: 'n1', text: 'Step', ownerId: COACHEE.userId, due: NEXT_WEEK }],
      [COACH, { type: 'editNextStep', id: 'n1', ownerId: COACH.userId }],
      [COACH, { type: 'setNextStepDone', id: 'n1', done: true }],
      [COACHEE, { type: 'addNextStep', id: 'n2', text: 'Second', ownerId: COACHEE.userId, due: NEXT_WEEK }],
      [COACH, { type: 'removeNextStep', id: 'n1' }],
      [COACH, { type: 'removeCause', id: 'k1' }],
      [COACH, { type: 'recordConfidence', value: 2 }],
      [COACHEE, { type: 'goBack', to: 'learn', reason: 'Missing something' }],
      [COACHEE, { type: 'stateChallenge', id: 'c2', text: 'Sharper topic' }],
      [COACH, { type: 'agreeChallenge', versionId: 'c2' }],
      [COACH, { type: 'advance' }],
      [COACH, { type: 'recordConfidence', value: 4 }],
      [COACH, { type: 'advance' }],
      [COACHEE, { type: 'writeCoacheeSummary', text: 'I will.' }],
      [COACH, { type: 'planFollowUp', kind: 'decisionMeeting', start: FOLLOW_UP_START, durationMinutes: 60 }],
      [COACH, { type: 'recordCoachEvent', eventId: 'e', iCalUId: 'i' }],
      [COACHEE, { type: 'recordCoacheeAcceptance' }],
      [COACH, { type: 'giveAffirmation', text: 'You can do it.' }],
      [COACH, { type: 'removeOption', id: 'o2' }],
      [COACH, { type: 'assignRole', userId: COACHEE.userId, role: 'coach' }],
      [COACHEE, { type: 'removeChallenge' }],
    ] as const;
    const envelopes: Envelope[] = [];
    raw.forEach(([actor, command], i) => {
      const parsed = parseEnvelope(envelopeFor(s, actor, command, 60_000 * (i + 1)));
      if (!parsed.ok) throw new Error(parsed.reason.key);
      const result = applyCommand(s, parsed.envelope);
      if (!result.ok) throw new Error(`${command.type}: ${result.reason.key}`);
      envelopes.push(parsed.envelope);
      s = result.state;
    });
    return envelopes;
  }

  it('applies a whole session to deep-frozen states, and replaying gives the same state', () => {
    const envelopes = script();
    const replay = () =>
      envelopes.reduce<SessionState>((s, e) => {
        const r = applyCommand(deepFreeze(s), e);
        if (!r.ok) throw new Error(r.reason.key);
        return r.state;
      }, newSession());
    const first = replay();
    expect(replay()).toEqual(first);
    expect(first.stage).toBe('close');
    expect(first.challenge.currentId).toBeNull();
    expect(Object.keys(first.options)).toEqual(['o1']);
  });

  it('covers every command type', () => {
    const types = new Set(script().map((e) => e.command.type));
    expect(types.size).toBe(24);
  });
});

describe('applyCommand on an envelope that skipped parseEnvelope', () => {
  it.each(['nope', 'toString', '__proto__', 'constructor'])('refuses the unknown command type %s', (type) => {
    const s = deepFreeze(newSession());
    const forged = { id: 'e', actorId: COACH.userId, at: 0, today: '2026-11-25', command: { type } } as unknown as Envelope;
    expect(applyCommand(s, forged)).toEqual({ ok: false, code: 'invalid', reason: { key: 'unknownCommand' } });
  });
});
