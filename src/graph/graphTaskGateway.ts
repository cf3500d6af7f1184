import type { z } from 'zod';
import type { GraphRequest } from '@microsoft/microsoft-graph-client';
import type { ItemId } from '../domain';
import type { GraphFailure, GraphOutcome, NotesLink, StepTask, TaskGateway, TaskState } from '../ports';
import { failureFromError, noExchangeMailbox, statusOf, UnreadableAnswer, unreadableAnswer } from './failures';
import { failed, GraphConnection, ScopesOption, SCOPES, type GraphClientOptions } from './graphClient';
import {
  COACHING_LIST,
  coachingListId,
  isCompleted,
  newTaskBody,
  stepOfTask,
  taskPatch,
  todoListsSchema,
  todoTaskSchema,
  todoTasksSchema,
  type TodoTask,
} from './todoTasks';

export interface GraphTaskGatewayOptions extends GraphClientOptions {
  /** The user's IANA time zone: due dates and the reminder (09:00 on the due day) are read in it. */
  timeZone: string;
}

/**
 * Items asked for per page. To Do answers 10 without $top, and may answer
 * fewer than asked (server-driven paging): the nextLinks are followed anyway.
 */
const PAGE_SIZE = 100;
/** Pages of a listing followed at most: a listing cut short would make duplicate tasks, so it fails instead. */
const MAX_PAGES = 100;

const noSuchTask: GraphFailure = { kind: 'notFound', what: 'task', retryable: false };

/** A failure in To Do's terms, naming the permission the user or their administrator would grant. */
export function taskFailureFromError(error: unknown): GraphFailure {
  if (error instanceof UnreadableAnswer) return unreadableAnswer;
  const status = statusOf(error);
  if (status === 401 || status === 403) {
    return { kind: 'consent', need: 'tasks', permission: 'Tasks.ReadWrite', retryable: true };
  }
  const noMailbox = noExchangeMailbox(error);
  if (noMailbox) return noMailbox;
  if (status === 404) {
    // The list is looked for again when it is gone, so this is a task deleted in To Do while Stagecoach wrote.
    return { kind: 'notFound', what: 'taskDeletedMeanwhile', retryable: true };
  }
  return failureFromError(error);
}

const scopes = () => new ScopesOption(SCOPES.tasks);

/**
 * TaskGateway over Microsoft Graph: each user's next steps as tasks in a
 * "Coaching" list of their own Microsoft To Do, with Tasks.ReadWrite and only
 * their own token. A task is ours when its linked resource names Stagecoach;
 * its external id is the step's key, so the listing itself is what makes a
 * retry, a second run or a reload find the task it made before.
 */
export class GraphTaskGateway implements TaskGateway {
  private readonly connection: GraphConnection;
  private readonly timeZone: string;
  /** The Coaching list's id once found or made (it does not move while the app runs). */
  private listId: string | null = null;
  /** Lookups of the list, one at a time: two at once could each make a list. */
  private lookups: Promise<unknown> = Promise.resolve();
  /** Writes, one at a time: a double click must not make two tasks for a step. */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(options: GraphTaskGatewayOptions) {
    this.connection = new GraphConnection(options, SCOPES.tasks);
    this.timeZone = options.timeZone;
  }

  private get client() {
    return this.connection.client;
  }

  syncSessionTasks(sessionId: string, steps: readonly StepTask[], notes: NotesLink): Promise<GraphOutcome<TaskState[]>> {
    return this.oneAtATime(() =>
      this.call(async () => {
        let listId = (await this.coachingList(true))!;
        let tasks = await this.tasksIn(listId);
        if (tasks === null) {
          // The list was deleted since it was found: find or make it again, once.
          this.forgetList(listId);
          listId = (await this.coachingList(true))!;
          tasks = (await this.tasksIn(listId)) ?? [];
        }
        const wanted = new Map(steps.map((s) => [s.stepId, s]));
        const held = tasksByStep(tasks, sessionId);
        const result: TaskState[] = [];
        for (const step of wanted.values()) {
          const [task, ...duplicates] = held.get(step.stepId) ?? [];
          // Two tasks for one step (two devices at once): the lowest id stays.
          for (const extra of duplicates) await this.deleteTask(listId, extra.id);
          if (!task) {
            const created: unknown = await this.tasksRequest(listId)
              .middlewareOptions([scopes(), this.connection.notRepeatedAfterTimeout])
              .post(newTaskBody(sessionId, step, notes, this.timeZone));
            if (!todoTaskSchema.safeParse(created).success) throw new UnreadableAnswer();
            result.push({ sessionId, stepId: step.stepId, done: step.done });
            continue;
          }
          const patch = taskPatch(task, step, this.timeZone);
          if (patch) await this.taskRequest(listId, task.id).patch(patch);
          result.push({ sessionId, stepId: step.stepId, done: isCompleted(task) || patch?.status === 'completed' });
        }
        // Steps gone from the session, or now someone else's: their tasks go.
        for (const [stepId, gone] of held) {
          if (!wanted.has(stepId)) for (const task of gone) await this.deleteTask(listId, task.id);
        }
        return { ok: true, value: result };
      }),
    );
  }

  listTasks(): Promise<GraphOutcome<TaskState[]>> {
    return this.call(async () => {
      const listId = await this.coachingList(false);
      const tasks = listId === null ? [] : ((await this.tasksIn(listId)) ?? []);
      const states = new Map<string, TaskState>();
      for (const task of sortedById(tasks)) {
        const step = stepOfTask(task);
        const key = step && `${step.sessionId}/${step.stepId}`;
        if (step && key && !states.has(key)) states.set(key, { ...step, done: isCompleted(task) });
      }
      return { ok: true, value: [...states.values()] };
    });
  }

  setTaskDone(sessionId: string, stepId: ItemId, done: boolean): Promise<GraphOutcome<void>> {
    return this.oneAtATime(() =>
      this.call(async () => {
        const listId = await this.coachingList(false);
        const tasks = listId === null ? null : await this.tasksIn(listId);
        const task = tasks && tasksByStep(tasks, sessionId).get(stepId)?.[0];
        if (!task || listId === null) return failed(noSuchTask);
        if (isCompleted(task) !== done) {
          await this.taskRequest(listId, task.id).patch({ status: done ? 'completed' : 'notStarted' });
        }
        return { ok: true, value: undefined };
      }),
    );
  }

  /** The Coaching list's id, made when missing and `create` says so; null when there is none. */
  private coachingList(create: boolean): Promise<string | null> {
    const next = this.lookups.then(() => (this.listId !== null ? this.listId : this.lookUpList(create)));
    this.lookups = next.catch(() => undefined);
    return next;
  }

  private async lookUpList(create: boolean): Promise<string | null> {
    const lists = await this.allPages(this.client.api('/me/todo/lists').top(PAGE_SIZE).middlewareOptions([scopes()]), todoListsSchema);
    let id = coachingListId(lists);
    if (id === null && create) {
      // A lost answer here is safe: the call is repeated, and the repeat finds the list by its name.
      const made = todoListsSchema.shape.value.element.safeParse(
        await this.client
          .api('/me/todo/lists')
          .middlewareOptions([scopes(), this.connection.notRepeatedAfterTimeout])
          .post({ displayName: COACHING_LIST }),
      );
      if (!made.success) throw new UnreadableAnswer();
      id = made.data.id;
    }
    if (id !== null) this.listId = id;
    return id;
  }

  private forgetList(listId: string): void {
    if (this.listId === listId) this.listId = null;
  }

  /** Every task of the list with its linked resources; null when the list is gone (404). */
  private async tasksIn(listId: string): Promise<TodoTask[] | null> {
    try {
      return await this.allPages(this.tasksRequest(listId).top(PAGE_SIZE).expand('linkedResources'), todoTasksSchema);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
      this.forgetList(listId);
      return null;
    }
  }

  private async deleteTask(listId: string, taskId: string): Promise<void> {
    try {
      await this.taskRequest(listId, taskId).delete();
    } catch (error) {
      // Already gone (a repeat after a lost answer, another device): that is what was wanted.
      if (statusOf(error) !== 404) throw error;
    }
  }

  private tasksRequest(listId: string): GraphRequest {
    return this.client.api(`/me/todo/lists/${encodeURIComponent(listId)}/tasks`).middlewareOptions([scopes()]);
  }

  private taskRequest(listId: string, taskId: string): GraphRequest {
    return this.client
      .api(`/me/todo/lists/${encodeURIComponent(listId)}/tasks/${encodeURIComponent(taskId)}`)
      .middlewareOptions([scopes()]);
  }

  /** A listing's values across all its pages; one that does not end within MAX_PAGES is unreadable. */
  private async allPages<T>(first: GraphRequest, schema: z.ZodType<{ value: T[]; '@odata.nextLink'?: string | null }>): Promise<T[]> {
    const paged = await this.connection.readAll(first, schema, { scopes: SCOPES.tasks, maxPages: MAX_PAGES });
    if (!paged.complete) throw new UnreadableAnswer();
    return paged.values;
  }

  private oneAtATime<T>(run: () => Promise<T>): Promise<T> {
    const next = this.writes.then(run);
    this.writes = next.catch(() => undefined);
    return next;
  }

  /** Every call here is safe to repeat after a lost connection: each one lists before it writes. */
  private call<T>(run: () => Promise<GraphOutcome<T>>): Promise<GraphOutcome<T>> {
    return this.connection.call<T>(SCOPES.tasks, true, run, taskFailureFromError);
  }
}

const sortedById = (tasks: readonly TodoTask[]) => [...tasks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The session's tasks by step, lowest id first. */
function tasksByStep(tasks: readonly TodoTask[], sessionId: string): Map<ItemId, TodoTask[]> {
  const byStep = new Map<ItemId, TodoTask[]>();
  for (const task of sortedById(tasks)) {
    const step = stepOfTask(task);
    if (step?.sessionId === sessionId) byStep.set(step.stepId, [...(byStep.get(step.stepId) ?? []), task]);
  }
  return byStep;
}
