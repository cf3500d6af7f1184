import { BrowserAuthError, InteractionRequiredAuthError } from '@azure/msal-browser';
import { createTokenFlow } from '../../src/auth/tokenFlow';
import type { MsalClient } from '../../src/auth/msalClient';
import { account, deferred, methods, result, strictMsal } from './strictMsal';
import { settle } from '../fixtures/waiting';

const SCOPES = ['Calendars.ReadWrite'];
const coach = account('coach@contoso.example');
const needsUser = () => new InteractionRequiredAuthError('interaction_required', '', 'AADSTS65001: consent needed');
const offline = () => new BrowserAuthError('no_network_connectivity', '');

function flow(script: Partial<MsalClient>, loginHint: string | null = null) {
  const fake = strictMsal(script);
  const createClient = jest.fn(async () => fake.client);
  return { ...fake, createClient, tokens: createTokenFlow({ createClient, loginHint }) };
}

describe('silent first', () => {
  it('returns the cached token for the active account and never opens a popup', async () => {
    const f = flow({
      getActiveAccount: () => coach,
      acquireTokenSilent: async () => result('silent-token', coach),
    });
    await expect(f.tokens.getToken(SCOPES)).resolves.toBe('silent-token');
    expect(methods(f.calls)).toEqual(['getActiveAccount', 'acquireTokenSilent']);
    expect(f.calls[1]!.args).toEqual([{ scopes: SCOPES, account: coach }]);
    expect(f.unexpected).toEqual([]);
  });

  it('without an active account, uses the account matching the login hint', async () => {
    const f = flow(
      {
        getActiveAccount: () => null,
        getAccount: () => coach,
        acquireTokenSilent: async () => result('t', coach),
      },
      'coach@contoso.example',
    );
    await f.tokens.getToken(SCOPES);
    expect(f.calls.find((c) => c.method === 'getAccount')!.args).toEqual([{ loginHint: 'coach@contoso.example' }]);
    expect(f.calls.find((c) => c.method === 'acquireTokenSilent')!.args).toEqual([{ scopes: SCOPES, account: coach }]);
  });

  it('with a login hint, uses the active account only when it is the hinted person', async () => {
    const f = flow({ getActiveAccount: () => coach, acquireTokenSilent: async () => result('t', coach) }, 'Coach@Contoso.example');
    await f.tokens.getToken(SCOPES);
    expect(methods(f.calls)).toEqual(['getActiveAccount', 'acquireTokenSilent']);
    expect(f.calls[1]!.args).toEqual([{ scopes: SCOPES, account: coach }]);
  });

  it('never asks for another person’s account, however it got into the cache, when the host names the user', async () => {
    const coachee = account('coachee@contoso.example');
    const f = flow(
      {
        getActiveAccount: () => coach,
        getAccount: () => null,
        ssoSilent: async () => result('coachee-token', coachee),
        setActiveAccount: () => undefined,
      },
      'coachee@contoso.example',
    );
    await expect(f.tokens.getToken(SCOPES)).resolves.toBe('coachee-token');
    expect(methods(f.calls)).toEqual(['getActiveAccount', 'getAccount', 'ssoSilent', 'setActiveAccount']);
    expect(f.calls[2]!.args).toEqual([{ scopes: SCOPES, loginHint: 'coachee@contoso.example' }]);
    expect(f.unexpected).toEqual([]);
  });

  it('without an active account or a hint, uses the first cached account', async () => {
    const other = account('other@contoso.example');
    const f = flow({
      getActiveAccount: () => null,
      getAllAccounts: () => [coach, other],
      acquireTokenSilent: async () => result('t', coach),
    });
    await f.tokens.getToken(SCOPES);
    expect(methods(f.calls)).toEqual(['getActiveAccount', 'getAllAccounts', 'acquireTokenSilent']);
    expect(f.calls[2]!.args).toEqual([{ scopes: SCOPES, account: coach }]);
  });

  it('creates the MSAL client on the first getToken, once', async () => {
    const f = flow({ getActiveAccount: () => coach, acquireTokenSilent: async () => result('t', coach) });
    expect(f.createClient).not.toHaveBeenCalled();
    await Promise.all([f.tokens.getToken(SCOPES), f.tokens.getToken(['ChatMessage.Send'])]);
    await f.tokens.getToken(SCOPES);
    expect(f.createClient).toHaveBeenCalledTimes(1);
  });

  it('asks the host once for requests of the same scopes made at once, and again once that answer is in', async () => {
    const answer = deferred<ReturnType<typeof result>>();
    let asked = 0;
    const f = flow(
      {
        getActiveAccount: () => null,
        getAccount: () => null,
        ssoSilent: () => {
          asked += 1;
          return answer.promise;
        },
        setActiveAccount: () => undefined,
      },
      'coach@contoso.example',
    );
    const first = f.tokens.getToken(['Files.ReadWrite.AppFolder']);
    const second = f.tokens.getToken(['files.readwrite.appfolder']);
    const other = f.tokens.getToken(['User.Read']);
    await settle();
    expect(asked).toBe(2);
    answer.resolve(result('shared', coach));
    await expect(Promise.all([first, second, other])).resolves.toEqual(['shared', 'shared', 'shared']);
    await f.tokens.getToken(['Files.ReadWrite.AppFolder']);
    expect(asked).toBe(3);
  });

  it('prepare makes the client before any token is asked for, and getToken uses that one', async () => {
    const f = flow({ getActiveAccount: () => coach, acquireTokenSilent: async () => result('t', coach) });
    const prepared = f.tokens.prepare();
    expect(f.createClient).toHaveBeenCalledTimes(1);
    await expect(prepared).resolves.toBeUndefined();
    expect(f.calls).toEqual([]);
    await expect(f.tokens.getToken(SCOPES)).resolves.toBe('t');
    expect(f.createClient).toHaveBeenCalledTimes(1);
  });

  it('a prepare that fails rejects nothing; the next getToken makes the client again and reports its own failure', async () => {
    const createClient = jest.fn(async (): Promise<MsalClient> => {
      throw new Error('bridge refused');
    });
    const tokens = createTokenFlow({ createClient, loginHint: null });
    await expect(tokens.prepare()).resolves.toBeUndefined();
    await expect(tokens.getToken(SCOPES)).rejects.toThrow(/could not start: bridge refused/);
    expect(createClient).toHaveBeenCalledTimes(2);
  });
});

describe('answered: when a page may draw', () => {
  /** Whether `p` has settled by now. */
  const settledYet = async (p: Promise<void>) => {
    let done = false;
    void p.then(() => (done = true));
    await settle();
    return done;
  };

  it('waits for the first token, then settles once it is given', async () => {
    const silent = deferred<ReturnType<typeof result>>();
    const f = flow({ getActiveAccount: () => coach, acquireTokenSilent: () => silent.promise });
    await f.tokens.prepare();
    expect(await settledYet(f.tokens.answered())).toBe(false);
    const token = f.tokens.getToken(SCOPES);
    expect(await settledYet(f.tokens.answered())).toBe(false);
    silent.resolve(result('t', coach));
    await token;
    expect(await settledYet(f.tokens.answered())).toBe(true);
  });

  it('settles when the first token is refused', async () => {
    const f = flow({
      getActiveAccount: () => coach,
      acquireTokenSilent: async () => {
        throw offline();
      },
    });
    await expect(f.tokens.getToken(SCOPES)).rejects.toThrow();
    expect(await settledYet(f.tokens.answered())).toBe(true);
  });

  it('settles as soon as the user is turned to, without waiting for the popup', async () => {
    const popup = deferred<ReturnType<typeof result>>();
    const f = flow({
      getActiveAccount: () => coach,
      acquireTokenSilent: async () => {
        throw needsUser();
      },
      acquireTokenPopup: () => popup.promise,
      setActiveAccount: () => undefined,
    });
    const token = f.tokens.getToken(SCOPES);
    expect(await settledYet(f.tokens.answered())).toBe(true);
    popup.resolve(result('popup-token', coach));
    await expect(token).resolves.toBe('popup-token');
  });
});

describe('interaction only when MSAL asks for it', () => {
  it('opens exactly one popup on InteractionRequiredAuthError and remembers the account', async () => {
    const f = flow({
      getActiveAccount: () => coach,
      acquireTokenSilent: async () => {
        throw needsUser();
      },
      acquireTokenPopup: async () => result('popup-token', coach),
      setActiveAccount: () => undefined,
    });
    await expect(f.tokens.getToken(SCOPES)).resolves.toBe('popup-token');
    expect(methods(f.calls).filter((m) => m === 'acquireTokenPopup')).toHaveLength(1);
    expect(f.calls.find((c) => c.method === 'acquireTokenPopup')!.args).toEqual([{ scopes: SCOPES, account: coach }]);
    expect(f.calls.find((c) => c.method === 'setActiveAccount')!.args).toEqual([coach]);
    expect(f.unexpected).toEqual([]);
  });

  it('rejects any other error as it is, without a popup', async () => {
    const error = offline();
    const f = flow({
      getActiveAccount: () => coach,
      acquireTokenSilent: async () => {
        throw error;
      },
    });
    await expect(f.tokens.getToken(SCOPES)).rejects.toBe(error);
    expect(methods(f.calls)).toEqual(['getActiveAccount', 'acquireTokenSilent']);
    expect(f.unexpected).toEqual([]);
  });

  it('rejects a result without an access token', async () => {
    const f = flow({ getActiveAccount: () => coach, acquireTokenSilent: async () => result('', coach) });
    await expect(f.tokens.getToken(SCOPES)).rejects.toThrow(/no access token/);
  });
});

describe('no account yet', () => {
  it('with a login hint, tries ssoSilent before any popup', async () => {
    const f = flow(
      {
        getActiveAccount: () => null,
        getAccount: () => null,
        getAllAccounts: () => [],
        ssoSilent: async () => result('sso-token', coach),
        setActiveAccount: () => undefined,
      },
      'coach@contoso.example',
    );
    await expect(f.tokens.getToken(SCOPES)).resolves.toBe('sso-token');
    expect(f.calls.find((c) => c.method === 'ssoSilent')!.args).toEqual([{ scopes: SCOPES, loginHint: 'coach@contoso.example' }]);
    expect(f.calls.find((c) => c.method === 'setActiveAccount')!.args).toEqual([coach]);
    expect(f.unexpected).toEqual([]);
  });

  it('falls back to a popup with the hint when ssoSilent needs the user', async () => {
    const f = flow(
      {
        getActiveAccount: () => null,
        getAccount: () => null,
        getAllAccounts: () => [],
        ssoSilent: async () => {
          throw needsUser();
        },
        acquireTokenPopup: async () => result('popup-token', coach),
        setActiveAccount: () => undefined,
      },
      'coach@contoso.example',
    );
    await expect(f.tokens.getToken(SCOPES)).resolves.toBe('popup-token');
    const order = methods(f.calls);
    expect(order.indexOf('ssoSilent')).toBeLessThan(order.indexOf('acquireTokenPopup'));
    expect(f.calls.find((c) => c.method === 'acquireTokenPopup')!.args).toEqual([{ scopes: SCOPES, loginHint: 'coach@contoso.example' }]);
  });

  it('does not open a popup when ssoSilent fails for another reason', async () => {
    const error = offline();
    const f = flow(
      {
        getActiveAccount: () => null,
        getAccount: () => null,
        getAllAccounts: () => [],
        ssoSilent: async () => {
          throw error;
        },
      },
      'coach@contoso.example',
    );
    await expect(f.tokens.getToken(SCOPES)).rejects.toBe(error);
    expect(f.unexpected).toEqual([]);
  });

  it('without a hint, goes straight to the popup', async () => {
    const f = flow({
      getActiveAccount: () => null,
      getAllAccounts: () => [],
      acquireTokenPopup: async () => result('popup-token', coach),
      setActiveAccount: () => undefined,
    });
    await expect(f.tokens.getToken(SCOPES)).resolves.toBe('popup-token');
    expect(methods(f.calls)).not.toContain('ssoSilent');
    expect(f.calls.find((c) => c.method === 'acquireTokenPopup')!.args).toEqual([{ scopes: SCOPES }]);
    expect(f.unexpected).toEqual([]);
  });
});

describe('one popup at a time', () => {
  function interactiveFlow() {
    const popups: Array<ReturnType<typeof deferred<ReturnType<typeof result>>>> = [];
    const f = flow({
      getActiveAccount: () => coach,
      acquireTokenSilent: async () => {
        throw needsUser();
      },
      acquireTokenPopup: () => {
        const popup = deferred<ReturnType<typeof result>>();
        popups.push(popup);
        return popup.promise;
      },
      setActiveAccount: () => undefined,
    });
    return { ...f, popups };
  }

  it('shares one popup between concurrent calls for the same scopes', async () => {
    const f = interactiveFlow();
    const first = f.tokens.getToken(['Calendars.ReadWrite', 'ChatMessage.Send']);
    const second = f.tokens.getToken(['chatmessage.send', 'Calendars.ReadWrite']);
    await settle();
    expect(f.popups).toHaveLength(1);
    f.popups[0]!.resolve(result('shared-token', coach));
    await expect(Promise.all([first, second])).resolves.toEqual(['shared-token', 'shared-token']);
    expect(methods(f.calls).filter((m) => m === 'acquireTokenPopup')).toHaveLength(1);
  });

  it('holds a popup for other scopes until the open one is closed', async () => {
    const f = interactiveFlow();
    const write = f.tokens.getToken(['Calendars.ReadWrite']);
    const chat = f.tokens.getToken(['ChatMessage.Send']);
    await settle();
    expect(f.popups).toHaveLength(1);
    f.popups[0]!.reject(new BrowserAuthError('user_cancelled', ''));
    await expect(write).rejects.toThrow(/user_cancelled/);
    await settle();
    expect(f.popups).toHaveLength(2);
    f.popups[1]!.resolve(result('chat-token', coach));
    await expect(chat).resolves.toBe('chat-token');
  });

  it('opens a new popup for a later call once a shared one failed', async () => {
    const f = interactiveFlow();
    const first = f.tokens.getToken(SCOPES);
    await settle();
    f.popups[0]!.reject(new BrowserAuthError('user_cancelled', ''));
    await expect(first).rejects.toThrow(/user_cancelled/);
    const again = f.tokens.getToken(SCOPES);
    await settle();
    expect(f.popups).toHaveLength(2);
    f.popups[1]!.resolve(result('second-try', coach));
    await expect(again).resolves.toBe('second-try');
  });
});

describe('when MSAL cannot start', () => {
  it('rejects getToken with a clear error that keeps the cause', async () => {
    const cause = new Error('crypto_nonexistent');
    const createClient = jest.fn(async (): Promise<MsalClient> => {
      throw cause;
    });
    const tokens = createTokenFlow({ createClient });
    const rejection = tokens.getToken(SCOPES);
    await expect(rejection).rejects.toThrow('Microsoft sign-in could not start: crypto_nonexistent');
    await expect(rejection).rejects.toHaveProperty('cause', cause);
  });

  it('tries again on the next call instead of staying broken', async () => {
    const fake = strictMsal({ getActiveAccount: () => coach, acquireTokenSilent: async () => result('t', coach) });
    const createClient = jest
      .fn<Promise<MsalClient>, []>()
      .mockRejectedValueOnce(new Error('bridge timed out'))
      .mockResolvedValue(fake.client);
    const tokens = createTokenFlow({ createClient });
    await expect(tokens.getToken(SCOPES)).rejects.toThrow(/could not start/);
    await expect(tokens.getToken(SCOPES)).resolves.toBe('t');
    expect(createClient).toHaveBeenCalledTimes(2);
  });
});
