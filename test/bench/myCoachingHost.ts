// The My coaching bench's Teams: the simulator's host (src/simulator/host)
// that frames the personal tab as the coach, and nothing else. Built by
// myCoachingHistory.mjs (webpack.myCoaching.js); the app's pages come from
// dist-simulator/.
//
// `stagecoachMyCoaching.openTab(appOrigin)` frames the tab from that origin:
// the bench serves this page as https://teams.microsoft.com and the app from
// another site, so, as in Teams, the tab runs in a renderer of its own and
// teams-js checks the host against Microsoft's list.
// `stagecoachMyCoaching.reads(mode, baseUrl)` reads the coach's stored
// sessions straight through the app's own code in this Chromium (its CORS
// and connections), timed, for the comparison with today's serial reads.
import { openSessionArchive, PERSONAL_HISTORY_LIMIT, readSessionHistory } from '../../src/app';
import { deviceArchiveCaches } from '../../src/entries/deviceArchiveCache';
import { DriveArchiveStore } from '../../src/graph';
import { localDevToken } from '../../src/ports';
import { SimulatedTeamsHost, type HostEffect, type SimPerson } from '../../src/simulator/host';

const COACH: SimPerson = { userId: 'sim-alex', displayName: 'Alex', part: 'coach', email: 'alex@contoso.example' };

type ReadMode = 'serial' | 'parallel' | 'cached';

interface BenchHost {
  failed: string | null;
  reads(mode: ReadMode, baseUrl: string): Promise<{ ms: number; sessions: number }>;
  openTab(appOrigin: string): void;
}

declare global {
  var stagecoachMyCoaching: BenchHost;
}

/**
 * The stored sessions read as today's code did (`serial`: the newest, each
 * file's item then its bytes, one after another) or as now (`parallel`: the
 * listing's download URLs, six at a time; `cached`: from this device's cache,
 * once a first read filled it).
 */
async function reads(mode: ReadMode, baseUrl: string) {
  const store = new DriveArchiveStore({ tokens: { getToken: async () => localDevToken(COACH.userId) }, baseUrl });
  const cache = mode === 'cached' ? deviceArchiveCaches()(COACH.userId) : null;
  if (cache) await readSessionHistory(store, PERSONAL_HISTORY_LIMIT, { cache });
  const start = performance.now();
  let sessions = 0;
  if (mode === 'serial') {
    const listed = await store.list();
    if (!listed.ok) throw new Error(listed.failure.kind);
    for (const entry of listed.value.slice(0, PERSONAL_HISTORY_LIMIT)) {
      const opened = await openSessionArchive(store, entry.sessionId);
      if (opened.ok && opened.value) sessions++;
    }
  } else {
    const history = await readSessionHistory(store, PERSONAL_HISTORY_LIMIT, { cache });
    if (history.kind === 'failed') throw new Error(history.failure.kind);
    sessions = history.sessions.length;
  }
  return { ms: performance.now() - start, sessions };
}

/**
 * Opens the personal tab from `appOrigin`, as Teams does when the user
 * clicks it: the host is already loaded and idle by then.
 */
function openTab(appOrigin: string) {
  const host = new SimulatedTeamsHost(window);
  host.update(
    {
      meeting: { meetingId: 'bench-my-coaching', organizer: COACH, theme: 'default' },
      origin: appOrigin,
      savedConfig: null,
      stageOpen: false,
      fluidEndpoint: null,
    },
    (_paneId: string, effect: HostEffect) => {
      if (effect.kind === 'status' && effect.status.state === 'failed') bench.failed = effect.status.reason;
    },
  );
  // Registered before it navigates, as the simulator does: the window stays the same across the navigation.
  const frame = document.createElement('iframe');
  frame.title = 'My coaching';
  frame.style.cssText = 'width:1000px;height:1400px;border:0';
  document.body.append(frame);
  if (frame.contentWindow) host.register('personal', frame.contentWindow, { person: COACH, frameContext: 'content', place: 'personal' });
  frame.src = `${appOrigin}/personal.html?theme=default&locale=en-us`;
}

const bench: BenchHost = { failed: null, reads, openTab };
globalThis.stagecoachMyCoaching = bench;
