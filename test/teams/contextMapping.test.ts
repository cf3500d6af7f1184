import type { app } from '@microsoft/teams-js';
import { MeetingHostUnavailable } from '../../src/ports';
import { toFrameContext, toMeetingContext } from '../../src/teams/contextMapping';

const HOST = { name: 'Teams', clientType: 'web', sessionId: 'h' };

/** The app.Context teams-js builds from a Teams meeting side panel's legacy context. */
function teamsContext(overrides: Record<string, unknown> = {}): app.Context {
  return {
    app: { locale: 'en-gb', theme: 'dark', sessionId: 's', host: HOST },
    page: { id: 'stagecoach', frameContext: 'sidePanel' },
    user: { id: 'oid-alex', displayName: 'Alex Coach', userPrincipalName: 'alex@contoso.example', tenant: { id: 'tenant-1' } },
    meeting: { id: 'MEETING-1' },
    chat: { id: '19:meeting_x@thread.v2' },
    dialogParameters: {},
    ...overrides,
  } as unknown as app.Context;
}

describe('toMeetingContext', () => {
  it('maps every field the app uses', () => {
    expect(toMeetingContext(teamsContext())).toEqual({
      meetingId: 'MEETING-1',
      chatId: '19:meeting_x@thread.v2',
      userId: 'oid-alex',
      displayName: 'Alex Coach',
      loginHint: 'alex@contoso.example',
      tenantId: 'tenant-1',
      theme: 'dark',
      locale: 'en-gb',
      frameContext: 'sidePanel',
    });
  });

  it('leaves out what the host does not say', () => {
    const context = toMeetingContext(teamsContext({ chat: undefined, user: { id: 'oid-sam' } }));
    expect(context).toMatchObject({ chatId: null, tenantId: null, displayName: 'Guest', loginHint: null });
  });

  it('takes the login hint, else the UPN, and ignores a sign-in name that is not an address', () => {
    const hinted = teamsContext({ user: { id: 'oid-sam', loginHint: 'sam@contoso.example' } });
    expect(toMeetingContext(hinted).loginHint).toBe('sam@contoso.example');
    const upnOnly = teamsContext({ user: { id: 'oid-sam', userPrincipalName: 'sam@contoso.example' } });
    expect(toMeetingContext(upnOnly).loginHint).toBe('sam@contoso.example');
    const odd = teamsContext({ user: { id: 'oid-sam', userPrincipalName: 'not an address' } });
    expect(toMeetingContext(odd).loginHint).toBeNull();
  });

  it('signs a guest in by their own sign-in name, never by the UPN the host tenant gave them', () => {
    const guest = teamsContext({
      user: { id: 'oid-kim', userPrincipalName: 'kim_fabrikam.com#EXT#@contoso.onmicrosoft.com', loginHint: 'kim@fabrikam.com' },
    });
    expect(toMeetingContext(guest).loginHint).toBe('kim@fabrikam.com');
  });

  it('falls back to the light theme and en-US for values it does not know', () => {
    const context = toMeetingContext(teamsContext({ app: { theme: 'neon', locale: '', sessionId: 's', host: HOST } }));
    expect(context).toMatchObject({ theme: 'default', locale: 'en-US' });
  });

  /** What toMeetingContext threw. */
  const thrown = (run: () => unknown): unknown => {
    try {
      run();
    } catch (error) {
      return error;
    }
    return null;
  };

  it('refuses a page outside a meeting, saying so by kind', () => {
    const error = thrown(() => toMeetingContext(teamsContext({ meeting: undefined })));
    expect(error).toBeInstanceOf(MeetingHostUnavailable);
    expect((error as MeetingHostUnavailable).failure).toEqual({
      kind: 'noHost',
      host: 'meeting',
      problem: 'notInMeeting',
      retryable: false,
    });
  });

  it('refuses a context without a user', () => {
    const error = thrown(() => toMeetingContext(teamsContext({ user: undefined })));
    expect(error).toBeInstanceOf(MeetingHostUnavailable);
    expect((error as MeetingHostUnavailable).failure).toMatchObject({ kind: 'noHost', problem: 'unknownUser' });
  });
});

describe('toFrameContext', () => {
  it.each(['sidePanel', 'meetingStage', 'settings', 'content'])('keeps %s', (value) => {
    expect(toFrameContext(value)).toBe(value);
  });
  it.each(['task', 'remove', undefined, 42])('calls %p other', (value) => {
    expect(toFrameContext(value)).toBe('other');
  });
});
