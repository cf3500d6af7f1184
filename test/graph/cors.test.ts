import { startGraphSandbox, devToken, type GraphSandbox } from './sandbox/graphSandbox';
import { COACH } from './helpers';
import { until } from '../fixtures/waiting';

// The simulator's page (http://localhost:PORT) calls the sandbox on another
// port from the browser, as the app calls Microsoft Graph: the sandbox must
// answer CORS as Graph does, or the browser hides every answer from the page.

const ORIGIN = 'http://localhost:3000';

let sandbox: GraphSandbox;
afterEach(async () => {
  jest.useRealTimers();
  await sandbox.close();
});

function preflight(path: string, method = 'POST', headers = 'authorization,content-type,prefer') {
  return fetch(`${sandbox.baseUrl}${path}`, {
    method: 'OPTIONS',
    headers: { Origin: ORIGIN, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': headers },
  });
}

const listEvents = (token: string | null = devToken(COACH), origin: string | null = ORIGIN) =>
  fetch(`${sandbox.baseUrl}/me/events`, {
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(origin ? { Origin: origin } : {}) },
  });

const corsOf = (res: Response) => ({
  origin: res.headers.get('access-control-allow-origin'),
  exposed: res.headers.get('access-control-expose-headers'),
});
const READABLE = { origin: ORIGIN, exposed: 'request-id' };

describe('CORS, as Microsoft Graph answers it', () => {
  beforeEach(async () => {
    sandbox = await startGraphSandbox();
  });

  it('answers a preflight with 204, the origin, the methods, the requested headers and a max age', async () => {
    const res = await preflight('/me/events');
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, PUT, PATCH, DELETE, OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,content-type,prefer');
    expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(res.headers.get('vary')).toBe('Origin');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull(); // bearer tokens, never cookies
  });

  it('needs no token for a preflight, and keeps preflights out of `requests`', async () => {
    expect((await preflight('/me/events', 'GET', 'authorization')).status).toBe(204);
    expect((await preflight('/$batch')).status).toBe(204);
    expect(sandbox.requests).toEqual([]);
    expect(sandbox.preflights).toEqual([
      { path: '/v1.0/me/events', origin: ORIGIN, method: 'GET', headers: 'authorization' },
      { path: '/v1.0/$batch', origin: ORIGIN, method: 'POST', headers: 'authorization,content-type,prefer' },
    ]);
  });

  it('uses up no injected fault on a preflight: the fault meets the request it preceded', async () => {
    sandbox.injectFaults({ kind: 'status', status: 429, retryAfterSeconds: 3 }, { kind: 'drop', when: 'before' });
    expect((await preflight('/me/events', 'GET')).status).toBe(204);
    const throttled = await listEvents();
    expect(throttled.status).toBe(429);
    // The page can read the status, as with Graph, but not the back-off (Graph exposes no Retry-After).
    expect(corsOf(throttled)).toEqual(READABLE);
    expect(throttled.headers.get('retry-after')).toBe('3');
    expect((await preflight('/me/events', 'GET')).status).toBe(204);
    await expect(listEvents()).rejects.toThrow();
    expect(sandbox.requests.map((r) => r.status)).toEqual([429, 0]);
  });

  it('lets the page read every answer: success, 401, 400, 404 and slow ones', async () => {
    const ok = await listEvents();
    expect([ok.status, corsOf(ok)]).toEqual([200, READABLE]);
    expect(ok.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const unauthorized = await listEvents(null);
    expect([unauthorized.status, corsOf(unauthorized)]).toEqual([401, READABLE]);
    const bad = await fetch(`${sandbox.baseUrl}/me/events?$select=nonsense`, {
      headers: { Authorization: `Bearer ${devToken(COACH)}`, Origin: ORIGIN },
    });
    expect([bad.status, corsOf(bad)]).toEqual([400, READABLE]);
    const notFound = await fetch(sandbox.baseUrl.replace('/v1.0', '/beta/me'), { headers: { Origin: ORIGIN } });
    expect([notFound.status, corsOf(notFound)]).toEqual([404, READABLE]);
    sandbox.injectFaults({ kind: 'slow', ms: 10 });
    const slow = await listEvents();
    expect([slow.status, corsOf(slow)]).toEqual([200, READABLE]);
  });

  it('allows any origin when the request names none (a server, not a browser)', async () => {
    expect((await listEvents(devToken(COACH), null)).headers.get('access-control-allow-origin')).toBe('*');
  });
});

/** For waits on the real network while time is fake (`until` runs on real timers, which jest does not count). */
const PATIENCE = { pollMs: 5, timeoutMs: 5_000 };

describe('latencyMs', () => {
  // Fake timers, not a stopwatch: the answer must still be held after 199 ms
  // of fake time and sent at 200. The network itself runs on Node's own timers.
  it('holds each answer, a preflight’s too, until the latency has passed; the work is done on arrival', async () => {
    jest.useFakeTimers();
    sandbox = await startGraphSandbox({ latencyMs: 200 });
    for (const send of [() => listEvents(), () => preflight('/me/events')]) {
      let arrived = false;
      const answer = send().then((res) => {
        arrived = true;
        return res;
      });
      await until(() => jest.getTimerCount() === 1, { ...PATIENCE, what: 'the sandbox holds the answer' });
      jest.advanceTimersByTime(199);
      expect(jest.getTimerCount()).toBe(1);
      expect(arrived).toBe(false);
      jest.advanceTimersByTime(1);
      expect(jest.getTimerCount()).toBe(0);
      expect((await answer).ok).toBe(true);
    }
    // The GET was answered (and logged) when it arrived; the preflight apart.
    expect(sandbox.requests).toEqual([{ method: 'GET', path: '/v1.0/me/events', query: '', userId: COACH, status: 200 }]);
    expect(sandbox.preflights).toHaveLength(1);
  });

  it('adds to a slow fault and to faults', async () => {
    jest.useFakeTimers();
    sandbox = await startGraphSandbox({ latencyMs: 200 });
    sandbox.injectFaults({ kind: 'slow', ms: 50 }, { kind: 'status', status: 503 });
    const slow = listEvents();
    await until(() => jest.getTimerCount() === 1, { ...PATIENCE, what: 'the slow answer is held' });
    jest.advanceTimersByTime(249);
    expect(jest.getTimerCount()).toBe(1);
    jest.advanceTimersByTime(1);
    expect((await slow).status).toBe(200);
    const failed = listEvents();
    await until(() => jest.getTimerCount() === 1, { ...PATIENCE, what: 'the fault is held' });
    jest.advanceTimersByTime(200);
    expect((await failed).status).toBe(503);
  });

  it('is 0 by default and refuses a negative value', async () => {
    jest.useFakeTimers();
    sandbox = await startGraphSandbox();
    expect((await listEvents()).status).toBe(200); // no fake time needed
    await expect(startGraphSandbox({ latencyMs: -1 })).rejects.toThrow('latencyMs');
  });
});
