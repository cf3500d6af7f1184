import { createMemorySessionHub } from '../../src/sync';
import { fakeClock } from '../fixtures/clock';

const T0 = Date.UTC(2026, 10, 25, 9, 0);

function hub() {
  return createMemorySessionHub({ sessionId: 'meeting-1', organizerId: 'u-coach', clock: fakeClock(T0) });
}

describe('memory session hub', () => {
  it('gives the organizer the coach role and the next person the coachee role', () => {
    const h = hub();
    h.connect({ userId: 'u-coach', displayName: 'Alex' });
    const coachee = h.connect({ userId: 'u-coachee', displayName: 'Sam' });
    const session = coachee.getSnapshot().session!;
    expect(session.participants['u-coach']?.role).toBe('coach');
    expect(session.participants['u-coachee']?.role).toBe('coachee');
  });

  it('shares the sign-in address each client reports, so the coach can invite the coachee', () => {
    const h = hub();
    const coach = h.connect({ userId: 'u-coach', displayName: 'Alex' });
    h.connect({ userId: 'u-coachee', displayName: 'Sam', address: 'sam@contoso.example' });
    expect(coach.getSnapshot().session!.participants['u-coachee']?.address).toBe('sam@contoso.example');
  });

  it('shows one user’s change to every other store and notifies subscribers', () => {
    const h = hub();
    const coach = h.connect({ userId: 'u-coach', displayName: 'Alex' });
    const coachee = h.connect({ userId: 'u-coachee', displayName: 'Sam' });
    const heard = jest.fn();
    coachee.subscribe(heard);
    expect(coach.dispatch({ type: 'stateChallenge', id: 'v1', text: 'Our releases slip' })).toEqual({ ok: true });
    expect(heard).toHaveBeenCalled();
    expect(coachee.getSnapshot().session!.challenge.currentId).toBe('v1');
  });

  it('returns the same snapshot until something changes', () => {
    const h = hub();
    const coach = h.connect({ userId: 'u-coach', displayName: 'Alex' });
    const first = coach.getSnapshot();
    expect(coach.getSnapshot()).toBe(first);
    coach.dispatch({ type: 'addCause', id: 'c1', text: 'Scope creep' });
    expect(coach.getSnapshot()).not.toBe(first);
  });

  it('returns the rejection and changes nothing for a refused command', () => {
    const h = hub();
    h.connect({ userId: 'u-coach', displayName: 'Alex' });
    const coachee = h.connect({ userId: 'u-coachee', displayName: 'Sam' });
    const before = coachee.getSnapshot();
    const result = coachee.dispatch({ type: 'recordConfidence', value: 5 });
    expect(result).toEqual({ ok: false, code: 'forbidden', reason: { key: 'roleMayNot', command: 'recordConfidence' } });
    expect(coachee.getSnapshot()).toBe(before);
  });

  it('stops notifying a closed store', () => {
    const h = hub();
    const coach = h.connect({ userId: 'u-coach', displayName: 'Alex' });
    const coachee = h.connect({ userId: 'u-coachee', displayName: 'Sam' });
    const heard = jest.fn();
    coachee.subscribe(heard);
    coachee.close();
    coach.dispatch({ type: 'addCause', id: 'c1', text: 'Scope creep' });
    expect(heard).not.toHaveBeenCalled();
  });
});
