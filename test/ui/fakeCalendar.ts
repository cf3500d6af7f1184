import type { CalendarGateway } from '../../src/ports';
import type { CalendarAccess } from '../../src/ports';

type Script = { [K in keyof CalendarGateway]?: jest.MockedFunction<CalendarGateway[K]> };

/**
 * The calendar port for component tests: only the calls a test scripts may
 * happen (and the look for the next 1:1, which finds none unless scripted);
 * any other call fails the test. (The real gateway against the
 * strict Graph sandbox is covered by test/graph and the browser test.)
 */
export function fakeCalendar(script: Script, overrides: Partial<CalendarAccess> = {}): CalendarAccess {
  // The coach's panel looks for the pair's next 1:1 on its own: unless a test scripts it, there is none.
  const none = jest.fn<ReturnType<CalendarGateway['findNextOccurrence']>, Parameters<CalendarGateway['findNextOccurrence']>>(async () => ({
    ok: true,
    value: { kind: 'none' },
  }));
  const calls: Script = { findNextOccurrence: none, ...script };
  const strict = new Proxy(calls, {
    get(target, name: string | symbol) {
      // Awaiting the gateway asks for `then`: it is not a thenable.
      if (name === 'then' || typeof name === 'symbol') return undefined;
      const fn = target[name as keyof CalendarGateway];
      if (!fn) throw new Error(`Unexpected calendar call: ${name}`);
      return fn;
    },
  }) as unknown as CalendarGateway;
  return {
    gateway: () => Promise.resolve(strict),
    timeZone: 'Europe/Berlin',
    chatId: '19:meeting_ui@thread.v2',
    notesUrl: 'https://teams.microsoft.com/l/entity/app/stagecoach',
    ...overrides,
  };
}
