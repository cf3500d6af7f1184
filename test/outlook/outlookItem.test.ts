/// <reference types="office-js" />
import { openOutlookItem, OutlookItemUnavailable } from '../../src/outlook';
import { createFakeOffice, ewsIdFromRest, OUTLOOK_THEMES, strict, type OfficeSimSetup } from '../../src/simulator/office/fakeOffice';
import { themeOfOffice } from '../../src/outlook/outlookItem';

// The adapter against the simulator's fake Office.js: the global `Office`
// shaped as @types/office-js declares it, throwing on anything it does not implement.
const REST_ID = 'AAMkAGI2TG93AAA-b_c=';
const EWS_ID = ewsIdFromRest(REST_ID);
const SAM = { email: 'sam@contoso.example', displayName: 'Sam' };

const setup = (overrides: Partial<OfficeSimSetup> = {}): OfficeSimSetup => ({
  item: { ewsId: EWS_ID, mode: 'read' },
  user: SAM,
  requirementSets: { Mailbox: '1.8', NestedAppAuth: '1.1' },
  theme: OUTLOOK_THEMES.light,
  ...overrides,
});

const global = globalThis as { Office?: typeof Office };
const install = (office: typeof Office) => (global.Office = office);
afterEach(() => delete global.Office);

describe('openOutlookItem', () => {
  it('reads an attendee’s meeting in read mode: its REST id, the mailbox user, NAA, the theme and the language', async () => {
    install(createFakeOffice(setup({ theme: OUTLOOK_THEMES.dark, displayLanguage: 'ar-SA' })));
    expect(EWS_ID).toBe('AAMkAGI2TG93AAA/b+c=');
    await expect(openOutlookItem()).resolves.toEqual({
      restId: REST_ID,
      mode: 'read',
      user: { ...SAM, signInName: SAM.email },
      nestedAuth: true,
      theme: 'dark',
      displayLanguage: 'ar-SA',
    });
  });

  it('reads the theme from Outlook’s colours, which is how Outlook tells it (it gives no isDarkTheme)', () => {
    expect(themeOfOffice({ bodyBackgroundColor: '#1f1f1f' })).toBe('dark');
    expect(themeOfOffice({ bodyBackgroundColor: '#292929', isDarkTheme: false })).toBe('dark');
    expect(themeOfOffice({ bodyBackgroundColor: '#FFFFFF', isDarkTheme: true })).toBe('default');
    expect(themeOfOffice({ bodyBackgroundColor: '#f3f2f1' })).toBe('default');
    expect(themeOfOffice({ bodyBackgroundColor: 'black', isDarkTheme: true })).toBe('dark');
    expect(themeOfOffice({})).toBeNull();
  });

  it('leaves the language to the browser when Outlook does not say one it could mean', async () => {
    install(createFakeOffice(setup({ displayLanguage: 'x'.repeat(40) })));
    await expect(openOutlookItem()).resolves.toMatchObject({ displayLanguage: null });
  });

  it('asks the organizer’s compose form for the id (getItemIdAsync) and converts it', async () => {
    install(createFakeOffice(setup({ item: { ewsId: EWS_ID, mode: 'organizer' } })));
    await expect(openOutlookItem()).resolves.toMatchObject({ restId: REST_ID, mode: 'organizer', theme: 'default' });
  });

  it('waits for Office.onReady before it reads the context', async () => {
    let arrive!: (s: OfficeSimSetup) => void;
    install(createFakeOffice(new Promise<OfficeSimSetup>((resolve) => (arrive = resolve))));
    const opened = openOutlookItem();
    arrive(setup());
    await expect(opened).resolves.toMatchObject({ restId: REST_ID });
  });

  it('says when a new meeting is not saved yet, and that it may work once it is', async () => {
    install(createFakeOffice(setup({ item: { ewsId: null, mode: 'organizer' } })));
    const error = await openOutlookItem().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutlookItemUnavailable);
    expect(error).toMatchObject({ failure: { kind: 'noHost', host: 'outlook', problem: 'notSaved', retryable: true }, retryable: true });
  });

  const problemOf = (opened: Promise<unknown>) => opened.catch((e: unknown) => (e as OutlookItemUnavailable).failure.problem);

  it('refuses a mail message: not a calendar item', async () => {
    install(createFakeOffice(setup({ item: { ewsId: EWS_ID, mode: 'read', itemType: 'message' } })));
    await expect(problemOf(openOutlookItem())).resolves.toBe('notCalendarItem');
  });

  it('refuses a task pane with no item open', async () => {
    install(createFakeOffice(setup({ item: null })));
    await expect(problemOf(openOutlookItem())).resolves.toBe('notCalendarItem');
  });

  it('refuses any Office application but Outlook', async () => {
    install(createFakeOffice(setup({ host: 'Word' })));
    await expect(problemOf(openOutlookItem())).resolves.toBe('notOutlook');
  });

  it('says so when Office.js is not there at all (the page opened in a plain browser)', async () => {
    await expect(problemOf(openOutlookItem())).resolves.toBe('absent');
  });

  it('reports no nested app authentication where Outlook does not support NestedAppAuth 1.1', async () => {
    install(createFakeOffice(setup({ requirementSets: { Mailbox: '1.8', NestedAppAuth: '1.0' }, theme: null })));
    await expect(openOutlookItem()).resolves.toMatchObject({ nestedAuth: false, theme: null, user: { signInName: null } });
  });

  it('takes who Outlook says signed in for the sign-in, where it is not the mailbox’s address', async () => {
    const john = { email: 'john.doe@contoso.com', displayName: 'John', signInName: 'jdoe@corp.contoso.com' };
    install(createFakeOffice(setup({ user: john })));
    await expect(openOutlookItem()).resolves.toMatchObject({ user: { email: john.email, signInName: 'jdoe@corp.contoso.com' } });
  });
});

describe('the fake Office.js', () => {
  it('throws on a member it does not implement, and leaves another mode’s members undefined as Office.js does', async () => {
    const office = createFakeOffice(setup({ item: { ewsId: EWS_ID, mode: 'organizer' } }));
    expect(() => office.context).toThrow(/before Office.onReady/);
    await office.onReady();
    const item = office.context.mailbox.item!;
    expect(item.itemId).toBeUndefined();
    expect(() => item.subject).toThrow(/does not implement Office.context.mailbox.item.subject/);
    expect(() => office.context.mailbox.getCallbackTokenAsync).toThrow(/does not implement/);
    expect(() => strict<{ a: number; b: number }>('x', { a: 1 }).b).toThrow(/x\.b/);
  });

  it('converts only to REST v2.0', async () => {
    const office = createFakeOffice(setup());
    await office.onReady();
    expect(office.context.mailbox.convertToRestId('a/b+c', 'v2.0')).toBe('a-b_c');
    expect(() => office.context.mailbox.convertToRestId('a', 'v1.0')).toThrow(/v2.0 only/);
  });
});
