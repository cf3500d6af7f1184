/// <reference types="office-js" />
// A stand-in for Office.js in Outlook, for the simulator's Outlook and for
// tests: an object shaped as @types/office-js declares the global `Office`,
// with just what Stagecoach's task pane reads. Every part is typed against
// the real declarations, and strict: reading a member it does not implement
// throws, so the add-in cannot come to depend on something this fake merely
// leaves undefined. Development and tests only; the production page loads
// the real Office.js from Microsoft's CDN.

/** How the meeting is open: an attendee's read form, or the organizer's compose form. */
export type OfficeSimMode = 'read' | 'organizer';

export interface OfficeSimSetup {
  /** The Office application; Outlook unless a test says otherwise. */
  host?: 'Outlook' | 'Word' | 'Excel';
  /** The open item; null for none (e.g. a task pane with nothing selected). */
  item: {
    /** The item's EWS id; null for a new meeting that is not saved yet. */
    ewsId: string | null;
    mode: OfficeSimMode;
    /** @default 'appointment' */
    itemType?: 'appointment' | 'message';
  } | null;
  /** `signInName`: what they signed in as, where it is not their address (Outlook's auth context tells it). */
  user: { email: string; displayName: string; signInName?: string };
  /** Requirement sets the host supports, name → highest version (`Mailbox: '1.8'`). */
  requirementSets: Readonly<Record<string, string>>;
  /** Outlook's theme colours (`#RRGGBB`), as it tells them: Outlook gives no `isDarkTheme`. */
  theme: OfficeSimTheme | null;
  /** Outlook's display language (`Office.context.displayLanguage`). @default 'en-US' */
  displayLanguage?: string;
}

/** The colours Outlook's `Office.context.officeTheme` gives. */
export type OfficeSimTheme = Pick<
  Office.OfficeTheme,
  'bodyBackgroundColor' | 'bodyForegroundColor' | 'controlBackgroundColor' | 'controlForegroundColor'
>;

/** Outlook's own colours for its light and dark themes, as `officeTheme` reports them. */
export const OUTLOOK_THEMES: Record<'light' | 'dark', OfficeSimTheme> = {
  light: {
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#000000',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#000000',
  },
  dark: {
    bodyBackgroundColor: '#292929',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#1F1F1F',
    controlForegroundColor: '#FFFFFF',
  },
};

/** Members that are absent in this mode, as Office.js leaves them: read as undefined, not as a gap in the fake. */
type Absent = readonly string[];

/**
 * `impl` as a `T`: the members it has, typed by `T`; reading any other
 * member (but the `absent` ones, and symbols) throws.
 */
export function strict<T extends object>(label: string, impl: Partial<T>, absent: Absent = []): T {
  return new Proxy(impl as T, {
    get(target, property, receiver) {
      if (typeof property === 'symbol' || property in target) return Reflect.get(target, property, receiver);
      if (absent.includes(property)) return undefined;
      // A promise resolution looks for `then`; none of these objects is a promise.
      if (property === 'then') return undefined;
      throw new Error(`The simulated Office.js does not implement ${label}.${property}.`);
    },
    set(_target, property) {
      throw new Error(`The simulated Office.js does not let the add-in set ${label}.${String(property)}.`);
    },
  });
}

// Office.js defines its enums as strings at runtime (Office.HostType.Outlook === 'Outlook');
// the declarations type some of them as numeric enums, hence the casts below.
const HOST_TYPE = {
  Word: 'Word',
  Excel: 'Excel',
  PowerPoint: 'PowerPoint',
  Outlook: 'Outlook',
  OneNote: 'OneNote',
  Project: 'Project',
  Access: 'Access',
} as unknown as typeof Office.HostType;
const ASYNC_RESULT_STATUS = { Succeeded: 'succeeded', Failed: 'failed' } as unknown as typeof Office.AsyncResultStatus;
const PLATFORM_OFFICE_ONLINE = 'OfficeOnline' as unknown as Office.PlatformType;

/** The REST id for an EWS id, as Outlook converts it: EWS's base64 `/` and `+` become `-` and `_`. */
export const restIdFromEws = (ewsId: string): string => ewsId.replace(/\//g, '-').replace(/\+/g, '_');
/** The EWS id Outlook's item reports for a REST (Graph) id. */
export const ewsIdFromRest = (restId: string): string => restId.replace(/-/g, '/').replace(/_/g, '+');

/** Office.js's error for getItemIdAsync on a new item that has not been saved. */
const ITEM_NOT_SAVED = { code: 9043, name: 'ItemNotSaved', message: 'The item is not saved yet.' };

function asyncResult<T>(outcome: { value: T } | { error: typeof ITEM_NOT_SAVED }): Office.AsyncResult<T> {
  return 'value' in outcome
    ? strict<Office.AsyncResult<T>>('AsyncResult', { status: ASYNC_RESULT_STATUS.Succeeded, value: outcome.value, asyncContext: undefined })
    : strict<Office.AsyncResult<T>>('AsyncResult', {
        status: ASYNC_RESULT_STATUS.Failed,
        error: strict<Office.Error>('AsyncResult.error', outcome.error),
        asyncContext: undefined,
        value: undefined as T,
      });
}

type ItemIdCallback = (result: Office.AsyncResult<string>) => void;

function itemOf(setup: NonNullable<OfficeSimSetup['item']>, later: (run: () => void) => void): Office.Mailbox['item'] {
  const itemType = (setup.itemType ?? 'appointment') as Office.MailboxEnums.ItemType;
  if (setup.mode === 'read') {
    const item = strict<Office.AppointmentRead>('Office.context.mailbox.item', { itemType, itemId: setup.ewsId ?? '' }, ['getItemIdAsync']);
    return item as Office.Mailbox['item'];
  }
  const { ewsId } = setup;
  const item = strict<Office.AppointmentCompose>(
    'Office.context.mailbox.item',
    {
      itemType,
      getItemIdAsync(first: Office.AsyncContextOptions | ItemIdCallback, second?: ItemIdCallback) {
        const callback = typeof first === 'function' ? first : second;
        if (!callback) throw new Error('getItemIdAsync needs a callback.');
        // Office.js answers asynchronously, never during the call.
        later(() => callback(asyncResult(ewsId ? { value: ewsId } : { error: ITEM_NOT_SAVED })));
      },
    },
    // The compose form has no itemId: Office.js leaves it undefined there.
    ['itemId'],
  );
  return item as Office.Mailbox['item'];
}

const compareVersions = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x!.length, y!.length); i++) {
    const d = (x![i] ?? 0) - (y![i] ?? 0);
    if (d) return d;
  }
  return 0;
};

function contextOf(setup: OfficeSimSetup, later: (run: () => void) => void): Office.Context {
  const host = HOST_TYPE[setup.host ?? 'Outlook'];
  const mailbox = strict<Office.Mailbox>('Office.context.mailbox', {
    item: setup.item ? itemOf(setup.item, later) : undefined,
    userProfile: strict<Office.UserProfile>('Office.context.mailbox.userProfile', {
      emailAddress: setup.user.email,
      displayName: setup.user.displayName,
      accountType: 'enterprise',
    }),
    convertToRestId(id: string, restVersion: Office.MailboxEnums.RestVersion | string) {
      if (restVersion !== 'v2.0') throw new Error(`The simulated Office.js converts ids to REST v2.0 only, not ${String(restVersion)}.`);
      return restIdFromEws(id);
    },
  });
  return strict<Office.Context>('Office.context', {
    mailbox,
    diagnostics: strict<Office.ContextInformation>('Office.context.diagnostics', {
      host,
      platform: PLATFORM_OFFICE_ONLINE,
      version: '16.0',
    }),
    requirements: strict<Office.RequirementSetSupport>('Office.context.requirements', {
      isSetSupported(name: string, minVersion?: string | number) {
        const supported = setup.requirementSets[name];
        if (supported === undefined) return false;
        return minVersion === undefined || compareVersions(supported, String(minVersion)) >= 0;
      },
    }),
    displayLanguage: setup.displayLanguage ?? 'en-US',
    officeTheme: setup.theme
      ? strict<Office.OfficeTheme>('Office.context.officeTheme', { ...setup.theme }, ['isDarkTheme'])
      : (undefined as unknown as Office.OfficeTheme),
  });
}

/**
 * The `Office` global for `setup`, which may arrive later (the simulator's
 * handshake): onReady resolves once it has, and Office.context throws if it
 * is read before then, as an add-in must wait for onReady.
 */
export function createFakeOffice(
  setup: OfficeSimSetup | Promise<OfficeSimSetup>,
  later: (run: () => void) => void = (run) => void setTimeout(run, 0),
): typeof Office {
  let context: Office.Context | null = null;
  const settled = Promise.resolve(setup);
  const ready = settled.then((s) => {
    context = contextOf(s, later);
    return { host: HOST_TYPE[s.host ?? 'Outlook'], platform: PLATFORM_OFFICE_ONLINE };
  });
  return strict<typeof Office>('Office', {
    onReady(callback?: (info: { host: Office.HostType; platform: Office.PlatformType }) => unknown) {
      return ready.then((info) => {
        callback?.(info);
        return info;
      });
    },
    get context(): Office.Context {
      if (!context) throw new Error('Office.context was read before Office.onReady resolved.');
      return context;
    },
    HostType: HOST_TYPE,
    AsyncResultStatus: ASYNC_RESULT_STATUS,
    // NestedAppAuth 1.1: who is signed in, as Outlook's nested app authentication knows them.
    auth: strict<typeof Office.auth>('Office.auth', {
      getAuthContext: () =>
        settled.then((s): Office.AuthContext => {
          if (!s.requirementSets['NestedAppAuth']) throw new Error('Office.auth.getAuthContext needs NestedAppAuth 1.1.');
          const name = s.user.signInName ?? s.user.email;
          return {
            userObjectId: '',
            tenantId: '',
            userPrincipalName: name,
            authorityType: 'aad',
            authorityBaseUrl: 'https://login.microsoftonline.com',
            loginHint: name,
          };
        }),
    }),
    MailboxEnums: strict<typeof Office.MailboxEnums>('Office.MailboxEnums', {
      ItemType: { Message: 'message', Appointment: 'appointment' } as typeof Office.MailboxEnums.ItemType,
      RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' } as typeof Office.MailboxEnums.RestVersion,
    }),
  });
}
