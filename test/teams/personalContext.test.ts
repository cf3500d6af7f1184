import type { app } from '@microsoft/teams-js';
import { toPersonalContext } from '../../src/teams/personalContext';

/** The app.Context teams-js builds from a personal tab's legacy context: no meeting, no chat. */
function personalContext(overrides: Record<string, unknown> = {}): app.Context {
  return {
    app: { locale: 'en-gb', theme: 'dark', sessionId: 's', host: { name: 'Outlook', clientType: 'web', sessionId: 'h' } },
    page: { id: 'mycoaching', frameContext: 'content' },
    user: { id: 'oid-sam', displayName: 'Sam Coachee', userPrincipalName: 'sam@contoso.example', tenant: { id: 'tenant-1' } },
    dialogParameters: {},
    ...overrides,
  } as unknown as app.Context;
}

describe('toPersonalContext', () => {
  it('maps every field the personal tab uses, with no meeting in sight', () => {
    expect(toPersonalContext(personalContext())).toEqual({
      userId: 'oid-sam',
      displayName: 'Sam Coachee',
      loginHint: 'sam@contoso.example',
      tenantId: 'tenant-1',
      theme: 'dark',
      locale: 'en-gb',
      hostName: 'Outlook',
      sessionToOpen: null,
    });
  });

  it('takes the session a notes link opened from page.subPageId (the deep link’s subEntityId)', () => {
    const opened = (subPageId: unknown) =>
      toPersonalContext(personalContext({ page: { id: 'mycoaching', frameContext: 'content', subPageId } })).sessionToOpen;
    expect(opened('session:sim-0a1b2c')).toBe('sim-0a1b2c');
    expect(opened('session:MCMxOTptZWV0aW5nX05qRTV@thread.v2#0==')).toBe('MCMxOTptZWV0aW5nX05qRTV@thread.v2#0==');
  });

  it('ignores a subPageId that does not name a session plainly', () => {
    const opened = (subPageId: unknown) =>
      toPersonalContext(personalContext({ page: { id: 'mycoaching', frameContext: 'content', subPageId } })).sessionToOpen;
    for (const hostile of [
      '',
      'sim-0a1b2c',
      'session:',
      'session:<script>alert(1)</script>',
      'session:a b',
      `session:${'x'.repeat(300)}`,
      7,
      {},
      null,
    ]) {
      expect(opened(hostile)).toBeNull();
    }
    expect(toPersonalContext(personalContext({ page: undefined })).sessionToOpen).toBeNull();
  });

  it('leaves out what the host does not say, so the page can ask Graph who this is', () => {
    const context = toPersonalContext(personalContext({ user: undefined }));
    expect(context).toMatchObject({ userId: null, displayName: null, loginHint: null, tenantId: null });
  });

  it('takes the login hint, else the UPN, and ignores a sign-in name that is not an address', () => {
    expect(toPersonalContext(personalContext({ user: { id: 'x', loginHint: 'sam@contoso.example' } })).loginHint).toBe(
      'sam@contoso.example',
    );
    expect(toPersonalContext(personalContext({ user: { id: 'x', userPrincipalName: '<b>sam</b>' } })).loginHint).toBeNull();
    const guest = { id: 'x', userPrincipalName: 'kim_fabrikam.com#EXT#@contoso.onmicrosoft.com', loginHint: 'kim@fabrikam.com' };
    expect(toPersonalContext(personalContext({ user: guest })).loginHint).toBe('kim@fabrikam.com');
  });

  it('falls back to the light theme, en-US and Teams for values it does not know', () => {
    const context = toPersonalContext(personalContext({ app: { theme: 'neon', locale: '', sessionId: 's' } }));
    expect(context).toMatchObject({ theme: 'default', locale: 'en-US', hostName: 'Teams' });
  });

  it('does not trust over-long ids from the host', () => {
    expect(toPersonalContext(personalContext({ user: { id: 'x'.repeat(10_000) } })).userId).toBeNull();
  });
});
