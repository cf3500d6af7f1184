import { LIMITS, type Contribution, type SessionState } from '../../src/domain';
import { COACH, COACHEE, IDS, MINUTE, sessionInLearn, sessionInPlan, T0 } from '../fixtures/sessions';
import { expectRejected, run } from './helpers';

const KINDS = [
  { kind: 'causes', add: 'addCause', edit: 'editCause', remove: 'removeCause', item: 'cause' },
  { kind: 'options', add: 'addOption', edit: 'editOption', remove: 'removeOption', item: 'option' },
] as const;

describe.each(KINDS)('$kind', ({ kind, add, edit, remove, item }) => {
  const gone = { key: 'gone', item } as const;
  const added = () => run(sessionInLearn(), COACHEE, { type: add, id: 'x-1', text: ' In my own words ' }, 7 * MINUTE);

  it('add records the text, the author and the time', () => {
    expect(added()[kind]['x-1']).toEqual({ id: 'x-1', text: 'In my own words', authorId: COACHEE.userId, at: T0 + 7 * MINUTE });
  });

  it('add refuses an id already used', () => {
    expectRejected(added(), COACH, { type: add, id: 'x-1', text: 'Other' }, 'conflict', { key: 'alreadyExists', item });
  });

  it(`add refuses more than ${LIMITS.itemsPerCollection}`, () => {
    const items: Record<string, Contribution> = {};
    for (let i = 0; i < LIMITS.itemsPerCollection; i += 1) items[`i${i}`] = { id: `i${i}`, text: 't', authorId: COACH.userId, at: T0 };
    const full: SessionState = { ...sessionInLearn(), [kind]: items };
    expectRejected(full, COACH, { type: add, id: 'more', text: 't' }, 'limit', { key: 'tooMany', collection: kind, max: 200 });
    const room: SessionState = { ...full, [kind]: Object.fromEntries(Object.entries(items).slice(1)) };
    expect(Object.keys(run(room, COACH, { type: add, id: 'more', text: 't' })[kind])).toHaveLength(200);
  });

  it("edit changes the text but keeps the original author and time: the coachee's words stay theirs", () => {
    const s = run(added(), COACH, { type: edit, id: 'x-1', text: 'Tidied up' }, 9 * MINUTE);
    expect(s[kind]['x-1']).toEqual({ id: 'x-1', text: 'Tidied up', authorId: COACHEE.userId, at: T0 + 7 * MINUTE });
  });

  it('edit and remove refuse an unknown id', () => {
    for (const id of ['nope', 'constructor', 'hasOwnProperty']) {
      expectRejected(added(), COACH, { type: edit, id, text: 't' }, 'notFound', gone);
      expectRejected(added(), COACH, { type: remove, id }, 'notFound', gone);
    }
  });

  it('remove deletes only that item', () => {
    let s = run(added(), COACH, { type: add, id: 'x-2', text: 'Second' });
    s = run(s, COACHEE, { type: remove, id: 'x-1' });
    expect(Object.keys(s[kind])).toContain('x-2');
    expect(Object.keys(s[kind])).not.toContain('x-1');
    expectRejected(s, COACHEE, { type: remove, id: 'x-1' }, 'notFound', gone);
  });
});

describe('ids are per collection', () => {
  it('a cause and an option may share an id', () => {
    let s = run(sessionInLearn(), COACH, { type: 'addCause', id: 'same', text: 'c' });
    s = run(s, COACH, { type: 'addOption', id: 'same', text: 'o' });
    expect(s.causes.same?.text).toBe('c');
    expect(s.options.same?.text).toBe('o');
  });
});

describe('choosing an option', () => {
  it('chooses an existing option and can clear the choice', () => {
    let s = run(sessionInPlan(), COACH, { type: 'chooseOption', id: IDS.optionByCoach });
    expect(s.chosenOptionId).toBe(IDS.optionByCoach);
    s = run(s, COACHEE, { type: 'chooseOption', id: null });
    expect(s.chosenOptionId).toBeNull();
  });

  it('refuses an option that does not exist', () => {
    expectRejected(sessionInPlan(), COACH, { type: 'chooseOption', id: 'nope' }, 'notFound', { key: 'gone', item: 'option' });
    expectRejected(sessionInPlan(), COACH, { type: 'chooseOption', id: 'toString' }, 'notFound');
  });

  it('removing the chosen option clears the choice', () => {
    const s = run(sessionInPlan(), COACH, { type: 'removeOption', id: IDS.optionByCoachee });
    expect(s.chosenOptionId).toBeNull();
  });

  it('removing another option keeps the choice', () => {
    const s = run(sessionInPlan(), COACH, { type: 'removeOption', id: IDS.optionByCoach });
    expect(s.chosenOptionId).toBe(IDS.optionByCoachee);
  });
});
