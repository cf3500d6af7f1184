import { stepTaskKey } from '../domain';
import {
  failureOf,
  type EventLookup,
  type FollowUpOpening,
  type MyCoachingSource,
  type PersonalHost,
  type SessionHistoryReading,
  type TaskGateway,
} from '../ports';
import { webAddress } from '../base';

/** What the personal tab's source is made of; each may load lazily (Graph and sign-in are chunks of their own). */
export interface MyCoachingPorts {
  /** This user's own stored sessions. */
  history: SessionHistoryReading;
  /** This user's own task list (only its reading is used here). */
  ownTasks(): Promise<Pick<TaskGateway, 'listTasks'>>;
  /** This user's own calendar. */
  ownEvents(): Promise<Pick<EventLookup, 'eventByICalUId'>>;
  host: Pick<PersonalHost, 'openCalendarItem'>;
  /**
   * Opens a web address in a new window: window.open(url, '_blank', 'noopener'),
   * which tells nothing back (with noopener it returns null whether or not a window opened).
   */
  openWindow(url: string): void;
}

/**
 * The personal tab's source over the ports: the user's own sessions, their
 * own task list's done states, and their own copy of a follow-up invite,
 * opened in the host's calendar when it can, else as its web link.
 */
export function createMyCoachingSource(ports: MyCoachingPorts): MyCoachingSource {
  return {
    sessions: async (onProgress) => {
      try {
        return await ports.history.list(onProgress);
      } catch (error) {
        return { kind: 'failed', failure: failureOf(error) };
      }
    },
    ownTaskDone: async () => {
      try {
        const listed = await (await ports.ownTasks()).listTasks();
        if (!listed.ok) return { kind: 'failed', failure: listed.failure };
        return { kind: 'read', done: new Map(listed.value.map((t) => [stepTaskKey(t.sessionId, t.stepId), t.done])) };
      } catch (error) {
        return { kind: 'failed', failure: failureOf(error) };
      }
    },
    openFollowUp: async (iCalUId, around): Promise<FollowUpOpening> => {
      try {
        const found = await (await ports.ownEvents()).eventByICalUId(iCalUId, around);
        if (!found.ok) return { kind: 'failed', failure: found.failure };
        if (!found.value) return { kind: 'notOnCalendar' };
        if (await ports.host.openCalendarItem(found.value.id)) return { kind: 'opened', where: 'host' };
        // Only a web address may be opened: a `javascript:` or other link from anywhere is refused.
        const link = found.value.webLink && webAddress(found.value.webLink)?.href;
        if (!link) return { kind: 'failed', failure: { kind: 'notFound', what: 'webLink', retryable: false } };
        ports.openWindow(link);
        return { kind: 'opened', where: 'web' };
      } catch (error) {
        return { kind: 'failed', failure: failureOf(error) };
      }
    },
  };
}
