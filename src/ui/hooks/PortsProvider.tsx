import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { UserId } from '../../domain';
import type {
  CalendarGateway,
  Clock,
  OwnCopyReading,
  OwnCopySaving,
  PrivateNotesStore,
  SessionHistoryReading,
  SessionStore,
  StepTasksKeeping,
} from '../../ports';
import type { PendingChanges } from '../../ports';
import { connectingStore } from './connectingStore';

/** Who is using this panel. */
export interface Self {
  userId: UserId;
  displayName: string;
}

/** Putting the app on the meeting stage, where the host allows it. */
export interface StageSharing {
  /** Whether this user may share now; never rejects. */
  canShare(): Promise<boolean>;
  share(): Promise<void>;
}

/** The calendar and chat through Microsoft 365, where the host offers them. */
export interface CalendarAccess {
  /** Loads the calendar code (and sign-in) on first use; rejects with a message for people. */
  gateway(): Promise<CalendarGateway>;
  /** This user's IANA time zone: suggestions and the invite are in it. */
  timeZone: string;
  /** The meeting chat, where the summary may go; null when the host did not name it. */
  chatId: string | null;
  /** Where the invite's link to the session notes points. */
  notesUrl: string;
}

/** What the UI needs from the outside world; the entry chooses the implementations. */
export interface Ports {
  store: SessionStore;
  self: Self;
  clock: Clock;
  /** Absent where the app cannot share to the stage (the stage itself, tests). */
  stage?: StageSharing;
  /** Absent where there is no calendar (the stage view, tests of other parts). */
  calendar?: CalendarAccess;
  /** Saving this user's own copy of the session (the side panel of a coach or coachee). */
  ownCopySaving?: OwnCopySaving;
  /** Reading this user's own copy back (the notes tab, once the live session is gone). */
  ownCopy?: OwnCopyReading;
  /** This user's own stored sessions (the notes tab: earlier sessions, before the meeting, coaching growth). */
  history?: SessionHistoryReading;
  /** The coach's private notes for this session (the side panel; shown to the coach only). */
  privateNotes?: PrivateNotesStore;
  /** Keeping this user's own next steps in their own To Do (the side panel of a coach or coachee, after closure). */
  stepTasks?: StepTasksKeeping;
  /**
   * The changes made before the live session connected, where the panel
   * paints from this device's copy first (the side panel): shown as such, never as live.
   */
  pendingChanges?: PendingChanges;
}

export interface PortsProviderProps extends Omit<Ports, 'store'> {
  /** Null while the store is still loading: the panel shows "Connecting…". */
  store: SessionStore | null;
  children?: ReactNode;
}

const PortsContext = createContext<Ports | null>(null);

/** Hands the ports to the hooks below; components never read it directly. */
export function PortsProvider({
  store,
  self,
  clock,
  stage,
  calendar,
  ownCopySaving,
  ownCopy,
  history,
  privateNotes,
  stepTasks,
  pendingChanges,
  children,
}: PortsProviderProps) {
  // Keyed on the parts, so a parent re-render with the same ports re-renders nothing.
  const value = useMemo(
    () => ({ store: store ?? connectingStore, self, clock, stage, calendar, ownCopySaving, ownCopy, history, privateNotes, stepTasks, pendingChanges }),
    [store, self, clock, stage, calendar, ownCopySaving, ownCopy, history, privateNotes, stepTasks, pendingChanges],
  );
  return <PortsContext.Provider value={value}>{children}</PortsContext.Provider>;
}

export function usePorts(): Ports {
  const ports = useContext(PortsContext);
  if (!ports) throw new Error('usePorts must be used inside a <PortsProvider>.');
  return ports;
}

/** The calendar, where this surface has one, and today's date for its defaults. */
export function useCalendarAccess(): { access: CalendarAccess | undefined; today: string } {
  const { calendar, clock } = usePorts();
  return { access: calendar, today: clock.today() };
}
