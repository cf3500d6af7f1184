import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Command } from '../../../src/domain';
import type { SessionStore } from '../../../src/ports';
import { PortsProvider } from '../../../src/ui';
import { useCommands } from '../../../src/ui/hooks';
import { fakeClock } from '../../fixtures/clock';
import { COACH, T0 } from '../../fixtures/sessions';

/** A store that records what it is sent and answers with `answer`. */
function recordingStore(answer: SessionStore['dispatch'] = () => ({ ok: true })) {
  const sent: Command[] = [];
  const snapshot = { session: null, status: 'connected' } as const;
  const store: SessionStore = {
    getSnapshot: () => snapshot,
    subscribe: () => () => {},
    dispatch: (command) => {
      sent.push(command);
      return answer(command);
    },
    close: () => {},
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PortsProvider store={store} self={COACH} clock={fakeClock(T0)}>
      {children}
    </PortsProvider>
  );
  return { sent, wrapper };
}

describe('useCommands', () => {
  it('sends commands named by intent, with fresh valid ids', () => {
    const { sent, wrapper } = recordingStore();
    const { result } = renderHook(() => useCommands(), { wrapper });
    result.current.addCause('Scope creep');
    result.current.addCause('Scope creep');
    result.current.addNextStep({ text: 'Call Kim', ownerId: 'u-coachee', due: '2026-12-01' });

    expect(sent[0]).toEqual({ type: 'addCause', id: expect.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), text: 'Scope creep' });
    expect(sent[1]).toMatchObject({ type: 'addCause' });
    expect((sent[0] as { id: string }).id).not.toBe((sent[1] as { id: string }).id);
    expect(sent[2]).toMatchObject({ type: 'addNextStep', text: 'Call Kim', ownerId: 'u-coachee', due: '2026-12-01' });
  });

  it('drops a blank optional reason rather than sending one the schema would refuse', () => {
    const { sent, wrapper } = recordingStore();
    const { result } = renderHook(() => useCommands(), { wrapper });
    result.current.goBack('learn', '   ');
    result.current.advanceAnyway(' Out of time ');
    expect(sent).toEqual([
      { type: 'goBack', to: 'learn' },
      { type: 'advance', force: true, reason: 'Out of time' },
    ]);
  });

  it('returns the store’s verdict, and turns a store failure into a rejection', () => {
    const refusal = { key: 'roleMayNot', command: 'giveAffirmation' } as const;
    const refusing = recordingStore(() => ({ ok: false, code: 'forbidden', reason: refusal }));
    const { result } = renderHook(() => useCommands(), { wrapper: refusing.wrapper });
    expect(result.current.giveAffirmation('Well done')).toEqual({ ok: false, code: 'forbidden', reason: refusal });

    const broken = recordingStore(() => {
      throw new Error('disk full');
    });
    const { result: brokenResult } = renderHook(() => useCommands(), { wrapper: broken.wrapper });
    expect(brokenResult.current.advance()).toEqual({ ok: false, code: 'invalid', reason: { key: 'notApplied', detail: 'disk full' } });
  });

  it('keeps the same actions between renders', () => {
    const { wrapper } = recordingStore();
    const { result, rerender } = renderHook(() => useCommands(), { wrapper });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
