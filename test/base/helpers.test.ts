import { createListeners, createStatusCell, loadOnce, messageOf, webAddress } from '../../src/base';

describe('messageOf', () => {
  it('gives an error its message and anything else its text', () => {
    expect(messageOf(new Error('offline'))).toBe('offline');
    expect(messageOf('plain')).toBe('plain');
    expect(messageOf(404)).toBe('404');
  });
});

describe('webAddress', () => {
  it.each(['https://teams.microsoft.com/l/entity/x', 'http://127.0.0.1:4317/?meeting=sim-1'])('takes %s', (link) => {
    expect(webAddress(link)?.href).toBe(new URL(link).href);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', '/relative', 'not a link', 'ftp://example.com/'])('refuses %s', (link) => {
    expect(webAddress(link)).toBeNull();
  });
});

describe('createListeners', () => {
  it('tells each listener once, even when one removes another meanwhile', () => {
    const listeners = createListeners();
    const heard: string[] = [];
    let stopB = () => {};
    listeners.subscribe(() => {
      heard.push('a');
      stopB();
    });
    stopB = listeners.subscribe(() => heard.push('b'));
    listeners.notify();
    listeners.notify();
    expect(heard).toEqual(['a', 'b', 'a']);
    listeners.clear();
    expect(listeners.size).toBe(0);
  });
});

describe('createStatusCell', () => {
  it('holds a value and tells its watchers of each change', () => {
    const cell = createStatusCell({ kind: 'idle' });
    let told = 0;
    const stop = cell.subscribe(() => told++);
    cell.set({ kind: 'saving' });
    expect(cell.get()).toEqual({ kind: 'saving' });
    stop();
    cell.set({ kind: 'idle' });
    expect(told).toBe(1);
  });
});

describe('loadOnce', () => {
  it('loads once for every caller, and again after a failure', async () => {
    let calls = 0;
    let fail = true;
    const load = loadOnce(async () => {
      calls++;
      if (fail) throw new Error('chunk failed');
      return 'loaded';
    });
    await expect(load()).rejects.toThrow('chunk failed');
    fail = false;
    expect(await Promise.all([load(), load()])).toEqual(['loaded', 'loaded']);
    expect(calls).toBe(2);
  });
});
