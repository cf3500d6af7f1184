import { createMemorySessionHub } from '../../src/sync';
import { saveOnPrivateNotesChanges } from '../../src/app';
import { fakeClock } from '../fixtures/clock';

function notesSource() {
  const listeners = new Set<() => void>();
  return {
    subscribe: (l: () => void) => (listeners.add(l), () => void listeners.delete(l)),
    change: () => listeners.forEach((l) => l()),
  };
}

describe('saving after a change to the private notes', () => {
  it('re-arms the saver’s debounce for the coach, and never for the coachee', () => {
    const clock = fakeClock(Date.UTC(2026, 10, 25, 9));
    const hub = createMemorySessionHub({ sessionId: 'meeting-1', organizerId: 'u-coach', clock });
    const coach = hub.connect({ userId: 'u-coach', displayName: 'Alex' });
    const coachee = hub.connect({ userId: 'u-coachee', displayName: 'Sam' });
    const coachSaver = { changed: jest.fn() };
    const coacheeSaver = { changed: jest.fn() };
    const notes = notesSource();
    const stop = saveOnPrivateNotesChanges(coach, 'u-coach', notes, coachSaver);
    saveOnPrivateNotesChanges(coachee, 'u-coachee', notes, coacheeSaver);
    notes.change();
    expect(coachSaver.changed).toHaveBeenCalledTimes(1);
    expect(coacheeSaver.changed).not.toHaveBeenCalled();
    stop();
    notes.change();
    expect(coachSaver.changed).toHaveBeenCalledTimes(1);
  });
});
