import type { EventLookup, GraphFailure, GraphOutcome, OwnEvent, SessionHistory, TaskGateway, TaskState } from '../../src/ports';
import { createMyCoachingSource, type MyCoachingPorts } from '../../src/app';

const EVENT: OwnEvent = { id: 'AAMk-own-copy', iCalUId: 'ical-1', webLink: 'https://outlook.office.com/calendar/item/AAMk-own-copy' };
const ok = <T>(value: T): GraphOutcome<T> => ({ ok: true, value });
const failed = (failure: GraphFailure): GraphOutcome<never> => ({ ok: false, failure });
const unexpected = (detail: string) => ({ kind: 'unknown', problem: 'unexpected', retryable: true, detail });

function ports(
  overrides: Partial<{
    tasks: GraphOutcome<TaskState[]>;
    event: GraphOutcome<OwnEvent | null>;
    inHost: boolean;
    history: SessionHistory;
  }> = {},
) {
  const listTasks = jest.fn<ReturnType<TaskGateway['listTasks']>, []>(async () => overrides.tasks ?? ok([]));
  const eventByICalUId = jest.fn<ReturnType<EventLookup['eventByICalUId']>, [string, number?]>(async () => overrides.event ?? ok(EVENT));
  const openCalendarItem = jest.fn(async () => overrides.inHost ?? true);
  const openWindow = jest.fn();
  const p: MyCoachingPorts = {
    history: { list: async () => overrides.history ?? { kind: 'found', sessions: [], skipped: 0 } },
    ownTasks: async () => ({ listTasks }),
    ownEvents: async () => ({ eventByICalUId }),
    host: { openCalendarItem },
    openWindow,
  };
  return { p, listTasks, eventByICalUId, openCalendarItem, openWindow };
}

describe('createMyCoachingSource', () => {
  it('reads the user’s own task list into done states by step task key', async () => {
    const { p } = ports({
      tasks: ok([
        { sessionId: 's-1', stepId: 'step-1', done: true },
        { sessionId: 's-1', stepId: 'step-2', done: false },
      ]),
    });
    const read = await createMyCoachingSource(p).ownTaskDone();
    expect(read).toEqual({
      kind: 'read',
      done: new Map([
        ['s-1/step-1', true],
        ['s-1/step-2', false],
      ]),
    });
  });

  it('turns a task-list failure or a failed load into a failure, never a rejection', async () => {
    const offline = { kind: 'offline', retryable: true } as const;
    expect(await createMyCoachingSource(ports({ tasks: failed(offline) }).p).ownTaskDone()).toEqual({ kind: 'failed', failure: offline });
    const { p } = ports();
    const broken = createMyCoachingSource({ ...p, ownTasks: () => Promise.reject(new Error('Sign-in is not set up')) });
    expect(await broken.ownTaskDone()).toEqual({ kind: 'failed', failure: unexpected('Sign-in is not set up') });
    const noHistory = createMyCoachingSource({ ...p, history: { list: () => Promise.reject(new Error('chunk failed')) } });
    expect(await noHistory.sessions()).toEqual({ kind: 'failed', failure: unexpected('chunk failed') });
  });

  it('passes the history’s progress on as it reads', async () => {
    const { p } = ports();
    const progress = { sessions: [], skipped: 0, remaining: 3, facts: null };
    const source = createMyCoachingSource({
      ...p,
      history: {
        list: async (onProgress) => {
          onProgress?.(progress);
          return { kind: 'found', sessions: [], skipped: 0 };
        },
      },
    });
    const told = jest.fn();
    expect(await source.sessions(told)).toEqual({ kind: 'found', sessions: [], skipped: 0 });
    expect(told).toHaveBeenCalledWith(progress);
  });

  it('opens the user’s own copy of the invite in the host when it can', async () => {
    const { p, eventByICalUId, openCalendarItem, openWindow } = ports();
    expect(await createMyCoachingSource(p).openFollowUp('ical-1', 1_700_000_000_000)).toEqual({ kind: 'opened', where: 'host' });
    // The follow-up's start goes along: an occurrence of a series is found around it.
    expect(eventByICalUId).toHaveBeenCalledWith('ical-1', 1_700_000_000_000);
    expect(openCalendarItem).toHaveBeenCalledWith('AAMk-own-copy');
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('opens its web link otherwise', async () => {
    const { p, openWindow } = ports({ inHost: false });
    expect(await createMyCoachingSource(p).openFollowUp('ical-1')).toEqual({ kind: 'opened', where: 'web' });
    expect(openWindow).toHaveBeenCalledWith(EVENT.webLink);
  });

  it('never opens a link that is not a web address, and says when there is none', async () => {
    for (const webLink of ['javascript:alert(1)', 'data:text/html,<script>x</script>', null]) {
      const { p, openWindow } = ports({ inHost: false, event: ok({ ...EVENT, webLink }) });
      expect(await createMyCoachingSource(p).openFollowUp('ical-1')).toEqual({
        kind: 'failed',
        failure: { kind: 'notFound', what: 'webLink', retryable: false },
      });
      expect(openWindow).not.toHaveBeenCalled();
    }
  });

  it('says when the invite is not on the user’s calendar, or the lookup failed', async () => {
    const missing = ports({ event: ok(null) });
    expect(await createMyCoachingSource(missing.p).openFollowUp('ical-1')).toEqual({ kind: 'notOnCalendar' });
    expect(missing.openCalendarItem).not.toHaveBeenCalled();
    const throttled = { kind: 'throttled', retryable: true } as const;
    expect(await createMyCoachingSource(ports({ event: failed(throttled) }).p).openFollowUp('ical-1')).toEqual({
      kind: 'failed',
      failure: throttled,
    });
  });
});
