import { orderedTimeline, pathTaken, timeInStages, timelineFrom, type SessionState, type TimelineEntry } from '../../src/domain';
import { attempt, COACH, COACHEE, deepFreeze, MINUTE, newSession, sessionInClose, T0 } from '../fixtures/sessions';
import { run } from './helpers';

/** Open 0–10, Learn 10–25, Open 25–30, Learn 30–50, Plan from 50. */
function loopingSession(): SessionState {
  let s = newSession();
  s = run(s, COACHEE, { type: 'stateChallenge', id: 'c', text: 'Topic' }, 5 * MINUTE);
  s = run(s, COACH, { type: 'advance' }, 10 * MINUTE);
  s = run(s, COACHEE, { type: 'goBack', to: 'open', reason: 'Wrong topic' }, 25 * MINUTE);
  s = run(s, COACHEE, { type: 'advance' }, 30 * MINUTE);
  s = run(s, COACH, { type: 'advance', force: true }, 50 * MINUTE);
  return s;
}

function entry(id: string, at: number, from: TimelineEntry['from'], to: TimelineEntry['to'], seq = 1): TimelineEntry {
  return { id, seq, at, actorId: COACH.userId, from, to, forced: false };
}

describe('orderedTimeline', () => {
  it('sorts by history position, then time, then id, whatever the insertion order', () => {
    const s: SessionState = {
      ...newSession(),
      timeline: timelineFrom([
        entry('z', T0 + 300, 'learn', 'plan', 2),
        entry('b', T0 + 100, 'open', 'learn'),
        entry('start', T0, null, 'open', 0),
        entry('a', T0 + 100, 'open', 'learn'),
      ]),
    };
    expect(orderedTimeline(deepFreeze(s)).map((e) => e.id)).toEqual(['start', 'a', 'b', 'z']);
  });

  it('keeps the order of changes made in the same millisecond or against a slow clock', () => {
    let s = newSession();
    s = run(s, COACHEE, { type: 'stateChallenge', id: 'c', text: 'Topic' }, MINUTE);
    const step = (actor: typeof COACH, command: Parameters<typeof attempt>[2], at: number, id: string) => {
      const result = attempt(s, actor, command, at, { id });
      if (!result.ok) throw new Error(result.reason.key);
      return result.state;
    };
    s = step(COACH, { type: 'advance' }, 2 * MINUTE, 'zz-forward');
    s = step(COACHEE, { type: 'goBack', to: 'open' }, 2 * MINUTE, 'aa-back');
    s = step(COACH, { type: 'advance' }, MINUTE, 'mm-slow-clock');
    expect(pathTaken(s)).toEqual(['open', 'learn', 'open', 'learn']);
    expect(orderedTimeline(s).map((e) => e.seq)).toEqual([0, 1, 2, 3]);
  });

  it('does not depend on locale: uppercase sorts before lowercase', () => {
    const s: SessionState = { ...newSession(), timeline: timelineFrom([entry('b', T0, null, 'open'), entry('B', T0, null, 'open')]) };
    expect(orderedTimeline(s).map((e) => e.id)).toEqual(['B', 'b']);
  });
});

describe('pathTaken', () => {
  it('lists every stage visited, loops included', () => {
    expect(pathTaken(loopingSession())).toEqual(['open', 'learn', 'open', 'learn', 'plan']);
    expect(pathTaken(sessionInClose())).toEqual(['open', 'learn', 'plan', 'close']);
  });
});

describe('timeInStages', () => {
  it('sums every visit to each stage, the last one running until now', () => {
    expect(timeInStages(loopingSession(), T0 + 65 * MINUTE)).toEqual({
      open: 15 * MINUTE,
      learn: 35 * MINUTE,
      plan: 15 * MINUTE,
      close: 0,
    });
  });

  it('has all four stages at zero for a session just started', () => {
    expect(timeInStages(newSession(), T0)).toEqual({ open: 0, learn: 0, plan: 0, close: 0 });
    expect(timeInStages(newSession(), T0 + MINUTE)).toEqual({ open: MINUTE, learn: 0, plan: 0, close: 0 });
  });

  it('never counts negative time when `now` lags behind the last change', () => {
    const t = timeInStages(loopingSession(), T0 + 40 * MINUTE);
    expect(t).toEqual({ open: 15 * MINUTE, learn: 35 * MINUTE, plan: 0, close: 0 });
    expect(Object.values(timeInStages(loopingSession(), 0)).every((v) => v >= 0)).toBe(true);
  });

  it('uses the time order even when changes arrived out of order', () => {
    const s: SessionState = {
      ...newSession(),
      timeline: timelineFrom([
        entry('start', T0, null, 'open'),
        entry('late', T0 + 30 * MINUTE, 'learn', 'plan'),
        entry('early', T0 + 10 * MINUTE, 'open', 'learn'),
      ]),
    };
    expect(timeInStages(s, T0 + 40 * MINUTE)).toEqual({ open: 10 * MINUTE, learn: 20 * MINUTE, plan: 10 * MINUTE, close: 0 });
  });

  it('does not change the session', () => {
    const s = deepFreeze(loopingSession());
    const before = structuredClone(s);
    timeInStages(s, T0 + 99 * MINUTE);
    orderedTimeline(s);
    pathTaken(s);
    expect(s).toEqual(before);
  });
});

describe('reading the timeline', () => {
  it('orders each timeline once, however often it is read', () => {
    const s = loopingSession();
    expect(orderedTimeline(s)).toBe(orderedTimeline(s));
    expect(pathTaken(s)).toBe(pathTaken(s));
    // A change elsewhere keeps the timeline, and its order.
    const edited = run(s, COACHEE, { type: 'addCause', id: 'k', text: 'A cause' });
    expect(orderedTimeline(edited)).toBe(orderedTimeline(s));
    expect(Object.isFrozen(orderedTimeline(s))).toBe(true);
  });

  it('keeps its size and newest entry as it grows', () => {
    const s = loopingSession();
    expect(s.timeline.size).toBe(5);
    expect(s.timeline.last).toBe(orderedTimeline(s).at(-1));
  });
});
