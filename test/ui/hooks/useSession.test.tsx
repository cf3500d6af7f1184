import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { SessionStore } from '../../../src/ports';
import { PortsProvider } from '../../../src/ui';
import { useNow, useSession } from '../../../src/ui/hooks';
import { COACH, COACHEE, MINUTE, OBSERVER, STRANGER, type Actor } from '../../fixtures/sessions';
import { meeting, type Meeting } from '../helpers';

function wrapperFor(m: Meeting, store: SessionStore, self: Actor) {
  return ({ children }: { children: ReactNode }) => (
    <PortsProvider store={store} self={self} clock={m.clock}>
      {children}
    </PortsProvider>
  );
}

describe('useSession', () => {
  it('gives the session, the connection status and the local role', () => {
    const m = meeting();
    const { result } = renderHook(() => useSession(), { wrapper: wrapperFor(m, m.coachee, COACHEE) });
    expect(result.current).toMatchObject({ ready: true, status: 'connected', role: 'coachee' });
    expect(result.current.session?.stage).toBe('open');
  });

  it('re-renders when another participant changes the session', () => {
    const m = meeting();
    const { result } = renderHook(() => useSession(), { wrapper: wrapperFor(m, m.coach, COACH) });
    act(() => {
      m.coachee.dispatch({ type: 'addCause', id: 'c-1', text: 'Scope creep' });
    });
    expect(Object.values(result.current.session!.causes).map((c) => c.text)).toEqual(['Scope creep']);
  });

  it('treats anyone not holding a seat as an observer', () => {
    const m = meeting();
    const observer = m.observer();
    expect(renderHook(() => useSession(), { wrapper: wrapperFor(m, observer, OBSERVER) }).result.current.role).toBe('observer');
    // Someone reading through another's store, never joined: still only an observer.
    expect(renderHook(() => useSession(), { wrapper: wrapperFor(m, m.coach, STRANGER) }).result.current.role).toBe('observer');
  });
});

describe('useNow', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('reads the Clock port and re-reads it every interval', () => {
    const m = meeting();
    const start = m.clock.now();
    const { result } = renderHook(() => useNow(10_000), { wrapper: wrapperFor(m, m.coach, COACH) });
    expect(result.current).toBe(start);
    m.clock.advance(MINUTE);
    expect(result.current).toBe(start);
    act(() => jest.advanceTimersByTime(10_000));
    expect(result.current).toBe(start + MINUTE);
  });
});
