// Each simulated person's Microsoft To Do, read from the local Graph sandbox
// with their own token: the "Coaching" list the app writes next steps to.
import { z } from 'zod';
import { webLink, type ShownLink } from './inviteLinks';
import { allPages, nextLink, type SandboxGet } from './sandboxGraph';

export const COACHING_LIST = 'Coaching';

export interface TaskEntry {
  id: string;
  title: string;
  /** The due date as To Do shows it (`YYYY-MM-DD`), or null. */
  due: string | null;
  done: boolean;
  /** The task's http(s) linked resources (the session notes), as To Do offers them. */
  links: ShownLink[];
}

/** Reads `userId`'s Coaching tasks; rejects with a sentence saying what went wrong. */
export type LoadTasks = (userId: string) => Promise<TaskEntry[]>;

const listsSchema = z.object({
  value: z.array(z.object({ id: z.string().min(1).max(1024), displayName: z.string().max(1024).nullish() })).max(1000),
  '@odata.nextLink': nextLink,
});
const tasksSchema = z.object({
  value: z
    .array(
      z.object({
        id: z.string().min(1).max(1024),
        title: z.string().max(4096).nullish(),
        status: z.string().max(64).nullish(),
        dueDateTime: z.object({ dateTime: z.string().max(64) }).nullish(),
        linkedResources: z
          .array(z.object({ webUrl: z.string().max(4096).nullish(), displayName: z.string().max(1024).nullish() }))
          .max(100)
          .nullish()
          .catch(null),
      }),
    )
    .max(1000),
  '@odata.nextLink': nextLink,
});

/** A LoadTasks over the sandbox reader: the Coaching list's tasks, open ones first, then by due date. */
export function sandboxTasks(get: SandboxGet): LoadTasks {
  return async (userId) => {
    const lists = await allPages(get, userId, '/me/todo/lists', listsSchema);
    const coaching = lists.filter((l) => l.displayName === COACHING_LIST);
    const tasks = [];
    for (const list of coaching) {
      const path = `/me/todo/lists/${encodeURIComponent(list.id)}/tasks?$expand=linkedResources`;
      tasks.push(...(await allPages(get, userId, path, tasksSchema)));
    }
    return tasks
      .map((t) => ({
        id: t.id,
        title: t.title || '(no title)',
        due: t.dueDateTime?.dateTime.slice(0, 10) ?? null,
        done: t.status === 'completed',
        links: (t.linkedResources ?? []).flatMap((l) => {
          const href = l.webUrl ? webLink(l.webUrl) : null;
          return href ? [{ href, text: l.displayName?.trim() || href }] : [];
        }),
      }))
      .sort((a, b) => Number(a.done) - Number(b.done) || (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  };
}
