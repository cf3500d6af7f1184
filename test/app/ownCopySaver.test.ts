import { readArchiveText } from '../../src/domain';
import type { ArchiveOutcome, SavedArchive, SessionArchiveStore, StoredArchive } from '../../src/ports';
import { createMemorySessionHub } from '../../src/sync';
import { createOwnCopySaver, saveOnSessionChanges, type OwnCopySaveResult, type SaverTimers } from '../../src/app/ownCopySaver';
import { readOwnCopy, saveOwnCopy } from '../../src/app/ownCopy';
import { fakeClock } from '../fixtures/clock';
import { settle } from '../fixtures/waiting';

const T0 = Date.UTC(2026, 10, 25, 9, 0);
const DEBOUNCE = 20_000;

/** Timers that fire only when the test moves time on. */
function fakeTimers(clock: ReturnType<typeof fakeClock>) {
  let next = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: SaverTimers = {
    setTimeout: (run, ms) => {
      const id = next++;
      pending.set(id, { at: clock.now() + ms, run });
      return id;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  const advance = (ms: number) => {
    const until = clock.now() + ms;
    for (;;) {
      const due = [...pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      clock.set(due[1].at);
      due[1].run();
    }
    clock.set(until);
  };
  return { timers, advance, pending: () => pending.size };
}

/** A save the test answers by hand, so it can check what happens while one runs. */
function manualSave() {
  const calls: ((result: OwnCopySaveResult) => void)[] = [];
  const save = jest.fn(() => new Promise<OwnCopySaveResult>((resolve) => calls.push(resolve)));
  const answer = async (result: OwnCopySaveResult) => {
    const resolve = calls.shift();
    if (!resolve) throw new Error('no save is running');
    resolve(result);
    await settle();
  };
  return { save, answer, running: () => calls.length };
}

function setup() {
  const clock = fakeClock(T0);
  const t = fakeTimers(clock);
  const s = manualSave();
  const saver = createOwnCopySaver({ save: s.save, timers: t.timers, now: clock.now, debounceMs: DEBOUNCE });
  return { clock, t, s, saver };
}

describe('createOwnCopySaver', () => {
  it('saves once, debounceMs after the last of several changes', async () => {
    const { t, s, saver } = setup();
    saver.changed();
    t.advance(15_000);
    saver.changed();
    t.advance(15_000);
    saver.changed();
    t.advance(DEBOUNCE - 1);
    expect(s.save).not.toHaveBeenCalled();
    t.advance(1);
    expect(s.save).toHaveBeenCalledTimes(1);
    expect(saver.getStatus()).toEqual({ kind: 'saving' });
    await s.answer({ ok: true });
    expect(saver.getStatus()).toEqual({ kind: 'saved', at: T0 + 30_000 + DEBOUNCE });
  });

  it('flush saves at once (closure, hidden panel) and skips when nothing changed since a save that went through', async () => {
    const { t, s, saver } = setup();
    saver.flush();
    expect(s.save).not.toHaveBeenCalled();
    saver.changed();
    saver.flush();
    expect(s.save).toHaveBeenCalledTimes(1);
    expect(t.pending()).toBe(0);
    await s.answer({ ok: true });
    saver.flush();
    expect(s.save).toHaveBeenCalledTimes(1);
  });

  it('never runs two saves at once: requests during a save run once after it', async () => {
    const { t, s, saver } = setup();
    saver.changed();
    saver.flush();
    saver.changed();
    saver.flush();
    saver.retry();
    t.advance(DEBOUNCE);
    expect(s.running()).toBe(1);
    await s.answer({ ok: true });
    expect(s.save).toHaveBeenCalledTimes(2);
    expect(s.running()).toBe(1);
    await s.answer({ ok: true });
    expect(s.save).toHaveBeenCalledTimes(2);
    expect(saver.getStatus().kind).toBe('saved');
  });

  it('reports a failure quietly, then a success after Try again', async () => {
    const { s, saver } = setup();
    const seen: string[] = [];
    saver.subscribe(() => seen.push(saver.getStatus().kind));
    saver.changed();
    saver.flush();
    await s.answer({ ok: false, failure: { kind: 'offline', retryable: true } });
    expect(saver.getStatus()).toEqual({ kind: 'failed', failure: { kind: 'offline', retryable: true } });
    // A failed save leaves the changes unsaved: leaving the panel tries again.
    saver.flush();
    await s.answer({ ok: true });
    expect(saver.getStatus().kind).toBe('saved');
    expect(seen).toEqual(['saving', 'failed', 'saving', 'saved']);
  });

  it('counts a save that throws as a failure', async () => {
    const clock = fakeClock(T0);
    const t = fakeTimers(clock);
    const saver = createOwnCopySaver({
      save: () => Promise.reject(new Error('chunk failed')),
      timers: t.timers,
      now: clock.now,
      debounceMs: DEBOUNCE,
    });
    saver.retry();
    await settle();
    expect(saver.getStatus()).toEqual({
      kind: 'failed',
      failure: { kind: 'unknown', problem: 'unexpected', retryable: true, detail: 'chunk failed' },
    });
  });

  it('keeps the status it had when a save was skipped (an observer)', async () => {
    const { s, saver } = setup();
    saver.retry();
    await s.answer({ ok: true, skipped: true });
    expect(saver.getStatus()).toEqual({ kind: 'idle' });
  });

  it('does nothing once disposed', async () => {
    const { t, s, saver } = setup();
    saver.changed();
    saver.dispose();
    t.advance(DEBOUNCE);
    saver.flush();
    expect(s.save).not.toHaveBeenCalled();
  });
});

describe('saveOnSessionChanges', () => {
  function meeting() {
    const clock = fakeClock(T0);
    const hub = createMemorySessionHub({ sessionId: 'meeting-1', organizerId: 'u-coach', clock });
    const coach = hub.connect({ userId: 'u-coach', displayName: 'Alex' });
    const coachee = hub.connect({ userId: 'u-coachee', displayName: 'Sam' });
    const observer = hub.connect({ userId: 'u-obs', displayName: 'Kim' });
    return { clock, coach, coachee, observer };
  }
  const spySaver = () => ({
    changed: jest.fn(),
    flush: jest.fn(),
    retry: jest.fn(),
    dispose: jest.fn(),
    getStatus: jest.fn(),
    subscribe: jest.fn(),
  });

  it('re-arms the debounce on every change by anyone, for the coach and the coachee, not for observers', () => {
    const m = meeting();
    const forCoachee = spySaver();
    const forObserver = spySaver();
    saveOnSessionChanges(m.coachee, 'u-coachee', forCoachee);
    saveOnSessionChanges(m.observer, 'u-obs', forObserver);
    m.coachee.dispatch({ type: 'stateChallenge', id: 'ch-1', text: 'Missing deadlines' });
    expect(forCoachee.changed).toHaveBeenCalled();
    expect(forCoachee.flush).not.toHaveBeenCalled();
    expect(forObserver.changed).not.toHaveBeenCalled();
  });

  it('saves at once, for the coach and the coachee, the moment the follow-up invite is recorded, and only then', () => {
    const m = meeting();
    const forCoach = spySaver();
    const forCoachee = spySaver();
    saveOnSessionChanges(m.coach, 'u-coach', forCoach);
    saveOnSessionChanges(m.coachee, 'u-coachee', forCoachee);
    const send = (store: typeof m.coach, command: Parameters<typeof m.coach.dispatch>[0]) => {
      m.clock.advance(60_000);
      const result = store.dispatch(command);
      if (!result.ok) throw new Error(`${command.type} refused: ${result.reason}`);
    };
    send(m.coach, { type: 'planFollowUp', kind: 'statusUpdate', start: T0 + 7 * 86_400_000, durationMinutes: 30 });
    expect(forCoachee.flush).not.toHaveBeenCalled();
    // The invite is on both calendars now: each own copy must name it before anyone opens it in Outlook.
    send(m.coach, { type: 'recordCoachEvent', eventId: 'evt-1', iCalUId: 'ical-1' });
    expect(forCoach.flush).toHaveBeenCalledTimes(1);
    expect(forCoachee.flush).toHaveBeenCalledTimes(1);
    // Later changes are the debounce's again.
    send(m.coachee, { type: 'writeCoacheeSummary', text: 'I will pair with QA by Friday.' });
    expect(forCoachee.flush).toHaveBeenCalledTimes(1);
    expect(forCoachee.changed).toHaveBeenCalledTimes(3);
  });
});

/** The port kept in memory: create-only and replace-if-match by eTag. */
function memoryArchive(): SessionArchiveStore & { files: Map<string, string> } {
  const files = new Map<string, string>();
  let version = 0;
  return {
    files,
    async load(sessionId): Promise<ArchiveOutcome<StoredArchive | null>> {
      const text = files.get(sessionId);
      return {
        ok: true,
        value: text === undefined ? null : { sessionId, text, eTag: `"v${version}"`, size: text.length, lastModified: T0 },
      };
    },
    async save(sessionId, file, write): Promise<ArchiveOutcome<SavedArchive>> {
      const exists = files.has(sessionId);
      if (write.kind === 'create' ? exists : !exists || write.eTag !== `"v${version}"`) {
        return { ok: false, failure: { kind: 'conflict', retryable: true } };
      }
      files.set(sessionId, file);
      version++;
      return { ok: true, value: { eTag: `"v${version}"`, size: file.length, lastModified: T0 } };
    },
    async list() {
      return { ok: true, value: [] };
    },
    async readListed(entry) {
      return this.load(entry.sessionId);
    },
  };
}

describe('saveOwnCopy / readOwnCopy', () => {
  function session() {
    const clock = fakeClock(T0);
    const hub = createMemorySessionHub({ sessionId: 'meeting-1', organizerId: 'u-coach', clock });
    const coach = hub.connect({ userId: 'u-coach', displayName: 'Alex' });
    const coachee = hub.connect({ userId: 'u-coachee', displayName: 'Sam' });
    const observer = hub.connect({ userId: 'u-obs', displayName: 'Kim' });
    coachee.dispatch({ type: 'stateChallenge', id: 'ch-1', text: 'Missing deadlines' });
    return { coach, coachee, observer };
  }

  it('saves each participant’s own variant, and reads it back', async () => {
    const s = session();
    const coachDrive = memoryArchive();
    const coacheeDrive = memoryArchive();
    expect(await saveOwnCopy(s.coach, coachDrive, 'u-coach', T0 + 5)).toEqual({ ok: true });
    expect(await saveOwnCopy(s.coachee, coacheeDrive, 'u-coachee', T0 + 6)).toEqual({ ok: true });
    const coachFile = readArchiveText(coachDrive.files.get('meeting-1')!);
    const coacheeFile = readArchiveText(coacheeDrive.files.get('meeting-1')!);
    expect(coachFile.ok && coachFile.archive.copyFor).toBe('coach');
    expect(coacheeFile.ok && coacheeFile.archive.copyFor).toBe('coachee');
    expect(coacheeDrive.files.get('meeting-1')).not.toContain('coachNotes');
    const read = await readOwnCopy(coacheeDrive, 'meeting-1');
    expect(read.kind).toBe('found');
    if (read.kind === 'found') {
      expect(read.savedAt).toBe(T0 + 6);
      expect(Object.values(read.session.challenge.versions).map((v) => v.text)).toEqual(['Missing deadlines']);
    }
  });

  it('keeps no copy for an observer, and reads none where none was saved', async () => {
    const s = session();
    const drive = memoryArchive();
    expect(await saveOwnCopy(s.observer, drive, 'u-obs', T0)).toEqual({ ok: true, skipped: true });
    expect(drive.files.size).toBe(0);
    expect(await readOwnCopy(drive, 'meeting-1')).toEqual({ kind: 'none' });
  });

  it('never overwrites a file written by a newer Stagecoach, and says why', async () => {
    const s = session();
    const drive = memoryArchive();
    const newer = JSON.stringify({ format: 'stagecoach.session', version: 99, sessionId: 'meeting-1' });
    drive.files.set('meeting-1', newer);
    const result = await saveOwnCopy(s.coach, drive, 'u-coach', T0);
    const newerFailure = {
      kind: 'unreadable',
      reason: 'unknownVersion',
      found: { problem: 'newerVersion', version: 99 },
      retryable: false,
    };
    expect(result).toEqual({ ok: false, failure: newerFailure });
    expect(drive.files.get('meeting-1')).toBe(newer);
    expect(await readOwnCopy(drive, 'meeting-1')).toEqual({ kind: 'failed', failure: newerFailure });
  });
});
