// The Graph sandbox's Microsoft To Do: for each user, their own task lists and
// nothing else; a list id of anyone else's is simply not found, as in Graph.
// Request bodies are checked against Graph's schema (todoTaskList, todoTask,
// linkedResource: unknown properties refused) plus Graph's own rules on top;
// every task it answers is checked too, so the sandbox cannot drift from
// Graph's shape. Listings page (server-driven) so clients must follow nextLinks.
import { randomUUID } from 'node:crypto';
import type { ValidateFunction } from 'ajv/dist/2020';
import { toEpoch } from '../../../src/graph/zonedTime';
import { pageAsk, pageOf, type PageAsk, type PageRule } from './sandboxPaging';

type Json = Record<string, unknown>;

export interface TodoAnswer {
  status: number;
  body?: unknown;
}

/** A linked resource as To Do keeps it. */
export interface SandboxLinkedResource {
  id: string;
  applicationName: string | null;
  displayName: string | null;
  externalId: string | null;
  webUrl: string | null;
}

/** A task as To Do keeps it (Graph's shape), with the list it is in. */
export interface SandboxTodoTask extends Json {
  id: string;
  listId: string;
  title: string;
  status: string;
  body: { content: string; contentType: string };
  linkedResources: SandboxLinkedResource[];
}

export interface SandboxTodoList {
  id: string;
  displayName: string;
  wellknownListName: string;
}

export interface TodoOptions {
  /** Graph's versioned root, for nextLinks. */
  baseUrl: () => string;
  todoTaskList: ValidateFunction;
  todoTask: ValidateFunction;
  linkedResource: ValidateFunction;
  /** Which zone names Graph takes in a dateTimeTimeZone. */
  knowsZone: (zone: string) => boolean;
  /** The most tasks (or lists) one page holds whatever $top asks; Graph's own pages when not given. */
  pageSize?: number;
}

/** To Do's pages: 10 items without $top (lists and tasks alike). */
const TODO_PAGES = { defaultSize: 10, maxTop: 100 } as const;

export interface SandboxTodo {
  /** Answers one Graph request under /me/todo, or null when the path is not a To Do path. */
  route(user: { userId: string }, method: string, path: string, url: URL, body: unknown): TodoAnswer | null;
  lists(userId: string): SandboxTodoList[];
  /** Every task of the user (in all their lists), with linked resources, oldest first. */
  tasks(userId: string): SandboxTodoTask[];
  /** Makes a list as the user could in To Do itself; returns its id. */
  addList(userId: string, displayName: string): string;
  /** Puts a task into a list as the user (or another app) could; returns its id. */
  addTask(userId: string, listId: string, task: Json): string;
  /** Deletes a list with its tasks, as the user could in To Do itself. */
  deleteList(userId: string, listId: string): void;
}

interface StoredList {
  list: SandboxTodoList;
  tasks: Map<string, Json>;
}

/** To Do refuses longer titles. */
const MAX_TITLE = 255;
/** Properties Graph sets itself. */
const TASK_SERVER_SET = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'bodyLastModifiedDateTime',
  'completedDateTime',
  'hasAttachments',
];
const LIST_SERVER_SET = ['id', 'isOwner', 'isShared', 'wellknownListName'];

const odataError = (status: number, code: string, message: string): TodoAnswer => ({
  status,
  body: { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': randomUUID() } } },
});
const notFound = () => odataError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
const invalid = (message: string) => odataError(400, 'invalidRequest', message);

/** Graph writes times with seven fractional digits. */
const graphTime = (v: { dateTime: string; timeZone: string }) => ({
  dateTime: v.dateTime.replace(/(\.\d+)?$/, '.0000000'),
  timeZone: v.timeZone,
});

/** Sortable, unique ids, like To Do's opaque ones in spirit (and they order as they were made). */
let counter = 0;
const newId = (prefix: string) => `${prefix}${String(++counter).padStart(8, '0')}-${randomUUID().slice(0, 8)}`;

export function createSandboxTodo(options: TodoOptions): SandboxTodo {
  const users = new Map<string, Map<string, StoredList>>();

  /** The user's lists; everyone has the default "Tasks" list, as To Do does. */
  function listsOf(userId: string): Map<string, StoredList> {
    let lists = users.get(userId);
    if (!lists) {
      const id = newId('AAMkADefault');
      lists = new Map([[id, { list: { id, displayName: 'Tasks', wellknownListName: 'defaultList' }, tasks: new Map() }]]);
      users.set(userId, lists);
    }
    return lists;
  }

  function schemaCheck(v: ValidateFunction, body: unknown, what: string): TodoAnswer | null {
    if (v(body)) return null;
    const details = (v.errors ?? [])
      .slice(0, 5)
      .map(
        (e) =>
          `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` '${String(e.params.additionalProperty)}'` : ''}`,
      )
      .join('; ');
    return odataError(400, 'BadRequest', `The ${what} does not match Microsoft Graph's schema: ${details}`);
  }

  function timeCheck(body: Json, name: string): TodoAnswer | null {
    const v = body[name] as { dateTime?: string; timeZone?: string | null } | null | undefined;
    if (v === undefined || v === null) return null;
    const zone = v.timeZone ?? '';
    if (!options.knowsZone(zone)) return invalid(`${name}: '${zone}' is not a supported time zone.`);
    return toEpoch({ dateTime: v.dateTime ?? '', timeZone: zone }) === null
      ? invalid(`${name}.dateTime '${v.dateTime}' is not a date and time.`)
      : null;
  }

  /** Graph's rules for a task body beyond the schema, for create and update alike. */
  function taskRules(body: Json, creating: boolean): TodoAnswer | null {
    const invalidBody = schemaCheck(options.todoTask, body, 'todoTask');
    if (invalidBody) return invalidBody;
    const serverSet = TASK_SERVER_SET.filter((p) => p in body);
    if (serverSet.length) return invalid(`Read-only properties cannot be set: ${serverSet.join(', ')}.`);
    if (creating || 'title' in body) {
      if (typeof body.title !== 'string' || body.title.trim() === '') return invalid('A task needs a title.');
      if (body.title.length > MAX_TITLE) return invalid(`A task's title may be at most ${MAX_TITLE} characters.`);
    }
    for (const name of ['dueDateTime', 'reminderDateTime', 'startDateTime']) {
      const bad = timeCheck(body, name);
      if (bad) return bad;
    }
    if ('linkedResources' in body) {
      if (!creating) return invalid('The sandbox changes linked resources only at creation, as Stagecoach does.');
      for (const link of body.linkedResources as Json[]) {
        const bad = schemaCheck(options.linkedResource, link, 'linkedResource');
        if (bad) return bad;
        if ('id' in link) return invalid('Read-only properties cannot be set: linkedResources.id.');
        if (typeof link.applicationName !== 'string' || link.applicationName === '')
          return invalid('A linked resource needs an applicationName.');
      }
    }
    return null;
  }

  /** The task as Graph answers it: linked resources only when expanded. */
  function taskJson(task: Json, expand: boolean): Json {
    const { linkedResources, ...rest } = structuredClone(task);
    const answer = expand ? { ...rest, linkedResources } : rest;
    if (!options.todoTask(answer)) {
      throw new Error(`The sandbox built a todoTask Graph would not send: ${JSON.stringify(options.todoTask.errors?.slice(0, 3))}`);
    }
    return answer;
  }

  function completion(status: unknown, before: Json | undefined): Json {
    if (status === undefined) return {};
    if (status !== 'completed') return { completedDateTime: null };
    if (before?.status === 'completed') return {};
    return { completedDateTime: { dateTime: `${new Date().toISOString().slice(0, 19)}.0000000`, timeZone: 'UTC' } };
  }

  function createTask(stored: StoredList, body: Json): TodoAnswer {
    const bad = taskRules(body, true);
    if (bad) return bad;
    const now = new Date().toISOString();
    const task: Json = {
      importance: 'normal',
      isReminderOn: false,
      status: 'notStarted',
      categories: [],
      hasAttachments: false,
      body: { content: '', contentType: 'text' },
      ...body,
      id: newId('AAMkADTask'),
      createdDateTime: now,
      lastModifiedDateTime: now,
      bodyLastModifiedDateTime: now,
      ...completion(body.status, undefined),
      linkedResources: ((body.linkedResources ?? []) as Json[]).map((l) => ({
        applicationName: null,
        displayName: null,
        externalId: null,
        webUrl: null,
        ...l,
        id: randomUUID(),
      })),
    };
    for (const name of ['dueDateTime', 'reminderDateTime', 'startDateTime']) {
      if (task[name]) task[name] = graphTime(task[name] as { dateTime: string; timeZone: string });
    }
    stored.tasks.set(task.id as string, task);
    return { status: 201, body: taskJson(task, true) };
  }

  function updateTask(stored: StoredList, taskId: string, body: Json): TodoAnswer {
    const task = stored.tasks.get(taskId);
    if (!task) return notFound();
    const bad = taskRules(body, false);
    if (bad) return bad;
    const now = new Date().toISOString();
    const changes: Json = { ...body, ...completion(body.status, task), lastModifiedDateTime: now };
    if ('body' in body) changes.bodyLastModifiedDateTime = now;
    for (const name of ['dueDateTime', 'reminderDateTime', 'startDateTime']) {
      if (changes[name]) changes[name] = graphTime(changes[name] as { dateTime: string; timeZone: string });
    }
    Object.assign(task, changes);
    return { status: 200, body: taskJson(task, false) };
  }

  const pageRule: PageRule = { ...TODO_PAGES, cap: options.pageSize };

  /** `$expand=linkedResources` and paging; any other query option is refused rather than ignored. */
  function listQuery(url: URL, expandable: boolean): { expand: boolean; page: PageAsk } | TodoAnswer {
    const other = [...url.searchParams.keys()].find((k) => !['$expand', '$top', '$skiptoken'].includes(k));
    if (other) return invalid(`The sandbox does not implement '${other}' here.`);
    const expand = url.searchParams.get('$expand');
    if (expand !== null && (!expandable || expand !== 'linkedResources')) return invalid(`Cannot expand '${expand}' here.`);
    const page = pageAsk(url.searchParams, pageRule);
    if ('refused' in page) return invalid(page.refused);
    return { expand: expand !== null, page };
  }

  const page = (values: Json[], path: string, url: URL, ask: PageAsk): TodoAnswer => ({
    status: 200,
    body: pageOf(values, `${options.baseUrl()}${path}`, url.searchParams, ask),
  });

  function createList(userId: string, body: Json): TodoAnswer {
    const bad = schemaCheck(options.todoTaskList, body, 'todoTaskList');
    if (bad) return bad;
    const serverSet = LIST_SERVER_SET.filter((p) => p in body);
    if (serverSet.length) return invalid(`Read-only properties cannot be set: ${serverSet.join(', ')}.`);
    if (typeof body.displayName !== 'string' || body.displayName.trim() === '') return invalid('A list needs a displayName.');
    const id = newId('AAMkADList');
    const list = { id, displayName: body.displayName, wellknownListName: 'none' };
    listsOf(userId).set(id, { list, tasks: new Map() });
    return { status: 201, body: listJson(list) };
  }

  const listJson = (list: SandboxTodoList): Json => ({ ...list, isOwner: true, isShared: false });

  function byCreation(tasks: Iterable<Json>): Json[] {
    return [...tasks].sort(
      (a, b) => String(a.createdDateTime).localeCompare(String(b.createdDateTime)) || String(a.id).localeCompare(String(b.id)),
    );
  }

  return {
    route(user, method, path, url, body) {
      if (!path.startsWith('/me/todo')) return null;
      const json = body as Json;
      if (path === '/me/todo/lists') {
        if (method === 'GET') {
          const query = listQuery(url, false);
          if ('status' in query) return query;
          return page(
            [...listsOf(user.userId).values()].map((s) => listJson(s.list)),
            path,
            url,
            query.page,
          );
        }
        if (method === 'POST') return createList(user.userId, json);
      }
      const m = /^\/me\/todo\/lists\/([^/]+)(?:\/tasks(?:\/([^/]+))?)?$/.exec(path);
      if (!m) return invalid(`The sandbox does not implement ${method} ${path}.`);
      // Only the caller's own lists exist for them: anyone else's id is not found.
      const stored = listsOf(user.userId).get(decodeURIComponent(m[1]!));
      if (!stored) return notFound();
      const isTasks = path.endsWith('/tasks');
      const taskId = m[2] === undefined ? undefined : decodeURIComponent(m[2]);
      if (!isTasks && taskId === undefined) {
        if (method === 'GET') return { status: 200, body: listJson(stored.list) };
        return invalid(`The sandbox does not implement ${method} on a list.`);
      }
      if (isTasks && method === 'GET') {
        const query = listQuery(url, true);
        if ('status' in query) return query;
        return page(
          byCreation(stored.tasks.values()).map((t) => taskJson(t, query.expand)),
          path,
          url,
          query.page,
        );
      }
      if (isTasks && method === 'POST') return createTask(stored, json);
      if (taskId !== undefined) {
        const task = stored.tasks.get(taskId);
        if (method === 'GET') {
          const other = [...url.searchParams.keys()].find((k) => k !== '$expand');
          if (other) return invalid(`The sandbox does not implement '${other}' here.`);
          const expand = url.searchParams.get('$expand');
          if (expand !== null && expand !== 'linkedResources') return invalid(`Cannot expand '${expand}' here.`);
          return task ? { status: 200, body: taskJson(task, expand !== null) } : notFound();
        }
        if (method === 'PATCH') return updateTask(stored, taskId, json);
        if (method === 'DELETE') {
          if (!task) return notFound();
          stored.tasks.delete(taskId);
          return { status: 204 };
        }
      }
      return invalid(`The sandbox does not implement ${method} ${path}.`);
    },

    lists: (userId) => [...listsOf(userId).values()].map((s) => ({ ...s.list })),

    tasks(userId) {
      return [...listsOf(userId).values()].flatMap((s) =>
        byCreation(s.tasks.values()).map((t) => ({ ...structuredClone(t), listId: s.list.id }) as SandboxTodoTask),
      );
    },

    addList(userId, displayName) {
      const answer = createList(userId, { displayName });
      if (answer.status !== 201) throw new Error(`Could not add the list: ${JSON.stringify(answer.body)}`);
      return String((answer.body as Json).id);
    },

    deleteList(userId, listId) {
      if (!listsOf(userId).delete(listId)) throw new Error(`${userId} has no list ${listId}.`);
    },

    addTask(userId, listId, task) {
      const stored = listsOf(userId).get(listId);
      if (!stored) throw new Error(`${userId} has no list ${listId}.`);
      const answer = createTask(stored, task);
      if (answer.status !== 201) throw new Error(`Could not add the task: ${JSON.stringify(answer.body)}`);
      return String((answer.body as Json).id);
    },
  };
}
