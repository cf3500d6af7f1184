import type { HistoryProgress, HistoryProgressListener, SessionHistory } from '../../src/ports';
import { readHistoryAhead } from '../../src/app';

const progress = (remaining: number): HistoryProgress => ({ sessions: [], skipped: 0, remaining, facts: null });
const FOUND: SessionHistory = { kind: 'found', sessions: [], skipped: 0 };

/** A history read the test finishes by hand: each call to `list` is one read, its listener kept. */
function reads() {
  const calls: { onProgress?: HistoryProgressListener; finish(history: SessionHistory): void; fail(error: Error): void }[] = [];
  const list = jest.fn(
    (onProgress?: HistoryProgressListener) =>
      new Promise<SessionHistory>((finish, fail) => {
        calls.push({ onProgress, finish, fail });
      }),
  );
  return { list, calls };
}

describe('readHistoryAhead', () => {
  it('starts reading before anyone asks', () => {
    const { list } = reads();
    readHistoryAhead(list);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('gives the first caller the read under way: the newest progress so far at once, then the rest, then its answer', async () => {
    const { list, calls } = reads();
    const ahead = readHistoryAhead(list).list;
    calls[0]!.onProgress!(progress(3));
    calls[0]!.onProgress!(progress(2));
    const heard: number[] = [];
    const answer = ahead((p) => heard.push(p.remaining));
    expect(heard).toEqual([2]);
    calls[0]!.onProgress!(progress(0));
    calls[0]!.finish(FOUND);
    await expect(answer).resolves.toBe(FOUND);
    expect(heard).toEqual([2, 0]);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('tells a first caller who asks before any progress only what comes after', async () => {
    const { list, calls } = reads();
    const heard: number[] = [];
    const answer = readHistoryAhead(list).list((p) => heard.push(p.remaining));
    expect(heard).toEqual([]);
    calls[0]!.onProgress!(progress(0));
    calls[0]!.finish(FOUND);
    await answer;
    expect(heard).toEqual([0]);
  });

  it('reads afresh for every later caller (Try again)', async () => {
    const { list, calls } = reads();
    const ahead = readHistoryAhead(list).list;
    calls[0]!.finish({ kind: 'failed', failure: { kind: 'offline', retryable: true } });
    await ahead();
    const listener = jest.fn();
    const again = ahead(listener);
    expect(list).toHaveBeenCalledTimes(2);
    expect(calls[1]!.onProgress).toBe(listener);
    calls[1]!.finish(FOUND);
    await expect(again).resolves.toBe(FOUND);
  });

  it('leaves no unhandled rejection when nobody takes a read that fails, and passes it on to whoever does', async () => {
    const { list, calls } = reads();
    const ahead = readHistoryAhead(list);
    calls[0]!.fail(new Error('chunk failed'));
    await expect(ahead.read).resolves.toBeUndefined();
    await expect(ahead.list()).rejects.toThrow('chunk failed');
  });

  it('lets a page wait for the read started ahead', async () => {
    const { list, calls } = reads();
    const ahead = readHistoryAhead(list);
    let ended = false;
    void ahead.read.then(() => (ended = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(ended).toBe(false);
    calls[0]!.finish(FOUND);
    await ahead.read;
    expect(ended).toBe(true);
  });
});
