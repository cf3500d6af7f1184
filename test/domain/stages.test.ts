import {
  earlierStages,
  LIMITS,
  orderedTimeline,
  pathTaken,
  STAGES,
  timelineEntry,
  timelineFrom,
  type SessionState,
  type Stage,
  type TimelineEntry,
} from '../../src/domain';
import {
  attempt,
  COACH,
  COACHEE,
  deepFreeze,
  IDS,
  MINUTE,
  newSession,
  sessionInClose,
  sessionInLearn,
  sessionInPlan,
  sessionReadyToClose,
  T0,
} from '../fixtures/sessions';
import { expectRejected, run } from './helpers';

const lastEntry = (s: SessionState): TimelineEntry => {
  const entries = orderedTimeline(s);
  return entries[entries.length - 1] as TimelineEntry;
};

const stated = () => run(newSession(), COACHEE, { type: 'stateChallenge', id: 'ch', text: 'Topic' }, 2 * MINUTE);

describe('advance through every stage', () => {
  it('Open → Learn once a challenge is stated, recording who, when, from and to', () => {
    const s = run(stated(), COACHEE, { type: 'advance' }, 4 * MINUTE);
    expect(s.stage).toBe('learn');
    const entry = lastEntry(s);
    expect(entry).toEqual({ id: entry.id, seq: 1, at: T0 + 4 * MINUTE, actorId: COACHEE.userId, from: 'open', to: 'learn', forced: false });
    expect('reason' in entry).toBe(false);
    expect(timelineEntry(s.timeline, entry.id)).toEqual(entry);
  });

  it('keeps a reason given with the advance', () => {
    const s = run(stated(), COACH, { type: 'advance', reason: '  Topic is clear  ' });
    expect(lastEntry(s).reason).toBe('Topic is clear');
  });

  it('Learn → Plan once the definition is shared and two options exist', () => {
    const s = sessionInPlan();
    expect(orderedTimeline(s).map((e) => [e.from, e.to, e.forced])).toEqual([
      [null, 'open', false],
      ['open', 'learn', false],
      ['learn', 'plan', false],
    ]);
  });

  it('Plan → Close by the coach once confidence is recorded', () => {
    const s = run(sessionReadyToClose(), COACH, { type: 'advance' });
    expect(s.stage).toBe('close');
    expect(lastEntry(s)).toMatchObject({ from: 'plan', to: 'close', forced: false, actorId: COACH.userId });
  });

  it('Close is the last stage', () => {
    expectRejected(sessionInClose(), COACH, { type: 'advance' }, 'conflict', 'lastStage');
    expectRejected(sessionInClose(), COACH, { type: 'advance', force: true }, 'conflict', 'lastStage');
  });
});

describe('unmet criteria', () => {
  it('stop an advance and name what is missing', () => {
    expectRejected(newSession(), COACH, { type: 'advance' }, 'criteriaUnmet', {
      key: 'stageUnfinished',
      stage: 'open',
      missing: ['challengeStated'],
    });
    expectRejected(sessionInLearn(), COACHEE, { type: 'advance' }, 'criteriaUnmet', {
      key: 'stageUnfinished',
      stage: 'learn',
      missing: ['definitionShared', 'optionsGenerated'],
    });
  });

  it('name only the criteria that are missing', () => {
    const s = run(sessionInLearn(), COACH, { type: 'agreeChallenge', versionId: IDS.challenge });
    expectRejected(s, COACH, { type: 'advance' }, 'criteriaUnmet', {
      key: 'stageUnfinished',
      stage: 'learn',
      missing: ['optionsGenerated'],
    });
  });

  it('can be overridden with force, and the timeline says so', () => {
    const s = run(newSession(), COACH, { type: 'advance', force: true, reason: 'We know the topic already' }, MINUTE);
    expect(s.stage).toBe('learn');
    expect(lastEntry(s)).toMatchObject({ forced: true, reason: 'We know the topic already', from: 'open', to: 'learn' });
  });

  it('force when nothing is missing is not recorded as forced', () => {
    const s = run(stated(), COACH, { type: 'advance', force: true });
    expect(lastEntry(s).forced).toBe(false);
  });

  it('force false behaves like no force', () => {
    expectRejected(newSession(), COACH, { type: 'advance', force: false }, 'criteriaUnmet');
  });
});

describe('the confidence gate before Close', () => {
  it('only the coach moves to Close, even with force', () => {
    const msg = 'onlyCoachMovesToClose';
    expectRejected(sessionReadyToClose(), COACHEE, { type: 'advance' }, 'forbidden', msg);
    expectRejected(sessionReadyToClose(), COACHEE, { type: 'advance', force: true }, 'forbidden', msg);
  });

  it('without confidence, Close is refused, and force does not bypass it', () => {
    const msg = 'confidenceBeforeClose';
    expectRejected(sessionInPlan(), COACH, { type: 'advance' }, 'criteriaUnmet', msg);
    expectRejected(sessionInPlan(), COACH, { type: 'advance', force: true }, 'criteriaUnmet', msg);
  });

  it('with confidence but an unfinished plan, force is needed and recorded', () => {
    let s = run(sessionReadyToClose(), COACH, { type: 'chooseOption', id: null });
    expectRejected(s, COACH, { type: 'advance' }, 'criteriaUnmet', { key: 'stageUnfinished', stage: 'plan', missing: ['optionChosen'] });
    s = run(s, COACH, { type: 'advance', force: true });
    expect(lastEntry(s)).toMatchObject({ from: 'plan', to: 'close', forced: true });
  });

  it('low confidence still allows Close: the gate asks for a recorded value, the suggestion does the rest', () => {
    let s = run(sessionInPlan(), COACH, { type: 'recordConfidence', value: 1 });
    s = run(s, COACH, { type: 'advance' });
    expect(s.stage).toBe('close');
  });
});

describe('going back', () => {
  const at: Record<Stage, () => SessionState> = {
    open: newSession,
    learn: sessionInLearn,
    plan: sessionInPlan,
    close: sessionInClose,
  };
  const cases = STAGES.flatMap((from) => earlierStages(from).map((to) => [from, to] as const));

  it('covers every pair of a stage and an earlier one', () => {
    expect(cases).toHaveLength(6);
  });

  it.each(cases)('from %s to %s, with a reason, by the coachee', (from, to) => {
    const s = run(at[from](), COACHEE, { type: 'goBack', to, reason: 'Something new came up' }, 50 * MINUTE);
    expect(s.stage).toBe(to);
    expect(lastEntry(s)).toMatchObject({
      at: T0 + 50 * MINUTE,
      actorId: COACHEE.userId,
      from,
      to,
      reason: 'Something new came up',
      forced: false,
    });
  });

  it.each(cases)('from %s to %s, without a reason, by the coach', (from, to) => {
    const s = run(at[from](), COACH, { type: 'goBack', to }, 50 * MINUTE);
    expect(s.stage).toBe(to);
    const entry = lastEntry(s);
    expect(entry).toMatchObject({ from, to, forced: false, actorId: COACH.userId });
    expect('reason' in entry).toBe(false);
  });

  it.each(STAGES.flatMap((from) => STAGES.filter((to) => !earlierStages(from).includes(to)).map((to) => [from, to] as const)))(
    'from %s to %s is refused: not earlier',
    (from, to) => {
      expectRejected(at[from](), COACH, { type: 'goBack', to }, 'invalid', 'goBackOnlyEarlier');
    },
  );

  it('keeps everything captured so far', () => {
    const plan = sessionInPlan();
    const back = run(plan, COACHEE, { type: 'goBack', to: 'learn' });
    expect({ ...back, stage: plan.stage, timeline: plan.timeline }).toEqual(plan);
  });
});

describe('loops back and forth', () => {
  it('the timeline and the path record every visit in order', () => {
    let s = sessionInPlan();
    s = run(s, COACHEE, { type: 'goBack', to: 'learn', reason: 'Redefine the challenge' }, 30 * MINUTE);
    s = run(s, COACHEE, { type: 'stateChallenge', id: 'ch-2', text: 'The data team is overloaded.' }, 31 * MINUTE);
    expectRejected(
      s,
      COACH,
      { type: 'advance' },
      'criteriaUnmet',
      { key: 'stageUnfinished', stage: 'learn', missing: ['definitionShared'] },
      32 * MINUTE,
    );
    s = run(s, COACH, { type: 'agreeChallenge', versionId: 'ch-2' }, 33 * MINUTE);
    s = run(s, COACH, { type: 'advance' }, 34 * MINUTE);
    s = run(s, COACH, { type: 'goBack', to: 'open' }, 35 * MINUTE);
    s = run(s, COACH, { type: 'advance' }, 36 * MINUTE);
    s = run(s, COACH, { type: 'advance' }, 37 * MINUTE);
    s = run(s, COACH, { type: 'recordConfidence', value: 5 }, 38 * MINUTE);
    s = run(s, COACH, { type: 'advance' }, 39 * MINUTE);
    expect(pathTaken(s)).toEqual(['open', 'learn', 'plan', 'learn', 'plan', 'open', 'learn', 'plan', 'close']);
    const entries = orderedTimeline(s);
    // Each entry starts where the previous one ended.
    entries.slice(1).forEach((e, i) => expect(e.from).toBe(entries[i]?.to));
    expect(entries.find((e) => e.reason === 'Redefine the challenge')).toMatchObject({ from: 'plan', to: 'learn' });
  });
});

describe('timeline integrity', () => {
  it('refuses a stage change whose envelope id is already in the timeline', () => {
    const s = deepFreeze(stated());
    const first = attempt(s, COACH, { type: 'advance' }, MINUTE, { id: 'move-1' });
    if (!first.ok) throw new Error(first.reason.key);
    const back = run(first.state, COACH, { type: 'goBack', to: 'open' });
    expectRejected(back, COACH, { type: 'advance' }, 'conflict', 'stageChangeRecorded', 2 * MINUTE, { id: 'move-1' });
    expectRejected(back, COACH, { type: 'advance' }, 'conflict', 'stageChangeRecorded', 2 * MINUTE, { id: 'start' });
  });

  it(`refuses a stage change beyond ${LIMITS.timelineEntries} entries`, () => {
    const base = sessionInLearn();
    const entries: TimelineEntry[] = [];
    for (let i = 0; i < LIMITS.timelineEntries; i += 1) {
      entries.push({ id: `t${i}`, seq: i, at: T0 + i, actorId: COACH.userId, from: 'open', to: 'learn', forced: true });
    }
    const full: SessionState = { ...base, timeline: timelineFrom(entries) };
    expectRejected(full, COACH, { type: 'goBack', to: 'open' }, 'limit', {
      key: 'tooMany',
      collection: 'stageChanges',
      max: LIMITS.timelineEntries,
    });
    expectRejected(full, COACH, { type: 'advance', force: true }, 'limit', {
      key: 'tooMany',
      collection: 'stageChanges',
      max: LIMITS.timelineEntries,
    });
    const room: SessionState = { ...base, timeline: timelineFrom(entries.slice(1)) };
    expect(run(room, COACH, { type: 'goBack', to: 'open' }).stage).toBe('open');
  });
});
