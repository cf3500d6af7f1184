// Microsoft To Do in the app's terms: what a next step's task should say, how
// to tell one of ours from the user's own tasks, and what changed. Pure, so it
// is tested without a network. Graph's answers are untrusted: parsed with zod.
import { z } from 'zod';
import { parseStepTaskKey, stepTaskKey, TASK_APPLICATION, type ItemId } from '../domain';
import type { NotesLink, StepTask } from '../ports';
import { GRAPH_IANA_ZONES, graphWallClock } from './timeZones';
import { toEpoch, type DateTimeTimeZone } from './zonedTime';

/** The list Stagecoach keeps each user's next steps in. */
export const COACHING_LIST = 'Coaching';
/** To Do refuses longer titles; the whole text is always in the body. */
export const MAX_TITLE = 255;
/** When the reminder rings on the due day, in the user's own zone. */
export const REMINDER_TIME = '09:00:00';

const dateTimeTimeZone = z.object({ dateTime: z.string().max(64), timeZone: z.string().max(128).nullish() });

export const todoListsSchema = z.object({
  value: z.array(z.object({ id: z.string().min(1).max(1024), displayName: z.string().max(1024).nullish() })),
  '@odata.nextLink': z.string().nullish(),
});

export const todoTaskSchema = z.object({
  id: z.string().min(1).max(1024),
  title: z.string().max(10_000).nullish(),
  // Any status Graph may add later reads as "not done".
  status: z.string().max(64).nullish(),
  body: z.object({ content: z.string().max(100_000).nullish(), contentType: z.string().max(16).nullish() }).nullish(),
  dueDateTime: dateTimeTimeZone.nullish(),
  reminderDateTime: dateTimeTimeZone.nullish(),
  isReminderOn: z.boolean().nullish(),
  linkedResources: z
    .array(
      z.object({
        applicationName: z.string().max(1024).nullish(),
        externalId: z.string().max(2048).nullish(),
        webUrl: z.string().max(8192).nullish(),
      }),
    )
    .nullish(),
});
export type TodoTask = z.infer<typeof todoTaskSchema>;

export const todoTasksSchema = z.object({
  value: z.array(todoTaskSchema),
  '@odata.nextLink': z.string().nullish(),
});

/** The list Stagecoach uses among the user's lists: the one named Coaching, the lowest id should there be two. */
export function coachingListId(lists: readonly { id: string; displayName?: string | null }[]): string | null {
  const ids = lists.filter((l) => l.displayName === COACHING_LIST).map((l) => l.id);
  return ids.sort()[0] ?? null;
}

/** The session and step a task stands for, or null when it is not one of Stagecoach's. */
export function stepOfTask(task: TodoTask): { sessionId: string; stepId: ItemId } | null {
  const link = task.linkedResources?.find((r) => r.applicationName === TASK_APPLICATION && r.externalId);
  return link?.externalId ? parseStepTaskKey(link.externalId) : null;
}

export const isCompleted = (task: TodoTask): boolean => task.status === 'completed';

/**
 * The title: one line, at most MAX_TITLE UTF-16 units (as Graph counts),
 * cut on a code point boundary with "…".
 */
export function titleOf(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= MAX_TITLE) return line;
  let title = '';
  for (const ch of line) {
    if (title.length + ch.length > MAX_TITLE - 1) break;
    title += ch;
  }
  return `${title.trimEnd()}…`;
}

/**
 * The due day for To Do: midnight of that date in the user's zone when Graph
 * knows the zone by that name; else midnight UTC, since To Do shows a due
 * *date*, and the same date matters more than the same instant.
 */
export function dueOf(due: string, timeZone: string): DateTimeTimeZone {
  return { dateTime: `${due}T00:00:00`, timeZone: GRAPH_IANA_ZONES.has(timeZone) ? timeZone : 'UTC' };
}

/** The reminder: 09:00 on the due day, in the user's zone (as the same instant in UTC when Graph does not know the zone). */
export const reminderOf = (due: string, timeZone: string): DateTimeTimeZone => graphWallClock(`${due}T${REMINDER_TIME}`, timeZone);

/** The fields Stagecoach owns on a task (everything but its status and link). */
function ownedFields(step: StepTask, timeZone: string) {
  return {
    title: titleOf(step.text),
    body: { contentType: 'text' as const, content: step.text },
    dueDateTime: dueOf(step.due, timeZone),
    isReminderOn: true,
    reminderDateTime: reminderOf(step.due, timeZone),
  };
}

/** `POST …/tasks`: a new task for one step, linked back to the session's notes under the name the caller worded. */
export function newTaskBody(sessionId: string, step: StepTask, notes: NotesLink, timeZone: string) {
  return {
    ...ownedFields(step, timeZone),
    status: step.done ? ('completed' as const) : ('notStarted' as const),
    linkedResources: [
      {
        applicationName: TASK_APPLICATION,
        externalId: stepTaskKey(sessionId, step.stepId),
        webUrl: notes.url,
        displayName: notes.label,
      },
    ],
  };
}

/** Whether two Graph times name the same instant (Graph may answer in another zone than it was given). */
function sameTime(a: { dateTime: string; timeZone?: string | null } | null | undefined, b: DateTimeTimeZone): boolean {
  if (!a) return false;
  const at = toEpoch({ dateTime: a.dateTime, timeZone: a.timeZone ?? 'UTC' });
  return at !== null && at === toEpoch(b);
}

/**
 * `PATCH …/tasks/{id}`: what must change for the task to match the step, or
 * null when nothing does. A task done in the session is marked completed; a
 * completed task is never reopened from here (the user ticked it themselves).
 */
export function taskPatch(task: TodoTask, step: StepTask, timeZone: string): Record<string, unknown> | null {
  const want = ownedFields(step, timeZone);
  const patch: Record<string, unknown> = {};
  if (task.title !== want.title) patch.title = want.title;
  if (task.body?.content !== want.body.content || task.body?.contentType !== 'text') patch.body = want.body;
  if (!sameTime(task.dueDateTime, want.dueDateTime)) patch.dueDateTime = want.dueDateTime;
  if (task.isReminderOn !== true || !sameTime(task.reminderDateTime, want.reminderDateTime)) {
    patch.isReminderOn = true;
    patch.reminderDateTime = want.reminderDateTime;
  }
  if (step.done && !isCompleted(task)) patch.status = 'completed';
  return Object.keys(patch).length ? patch : null;
}
