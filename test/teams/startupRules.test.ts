import { MeetingHostUnavailable } from '../../src/ports';
import { hasNoHost, noHost, withTimeout } from '../../src/teams/hostPresence';
import { themeFromQuery } from '../../src/teams/themeQuery';
import { stageUrl, tabConfig } from '../../src/teams/appUrls';

describe('hasNoHost', () => {
  it('is true for a top-level tab nobody opened', () => {
    const win = { opener: null } as { parent: unknown; opener: unknown };
    win.parent = win;
    expect(hasNoHost(win as Window)).toBe(true);
  });
  it('is false in a frame, or in a window someone opened', () => {
    expect(hasNoHost({ parent: {} as Window, opener: null })).toBe(false);
    const opened = { opener: {} } as { parent: unknown; opener: unknown };
    opened.parent = opened;
    expect(hasNoHost(opened as Window)).toBe(false);
  });
  it("is false in a phone app's web view: a top-level page with the app's native bridge", () => {
    const phone = { opener: null, nativeInterface: { framelessPostMessage: () => {} } } as { parent?: unknown; opener: unknown };
    phone.parent = phone;
    expect(hasNoHost(phone as Window)).toBe(false);
  });
});

describe('noHost', () => {
  it('says there is no meeting host, by kind, keeping why for developers', () => {
    const error = noHost('SDK initialization timed out.');
    expect(error).toBeInstanceOf(MeetingHostUnavailable);
    expect(error.failure).toEqual({
      kind: 'noHost',
      host: 'meeting',
      problem: 'absent',
      detail: 'SDK initialization timed out.',
      retryable: false,
    });
    // Until the page's words load, the start-up screen says the error's own English.
    expect(error.message).toMatch(/Open it from a Teams meeting/);
    expect(error.message).toMatch(/SDK initialization timed out\./);
  });
});

describe('withTimeout', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('rejects with our error when the promise is too slow', async () => {
    const result = withTimeout(new Promise(() => undefined), 10_000, () => new Error('too slow'));
    jest.advanceTimersByTime(10_000);
    await expect(result).rejects.toThrow('too slow');
  });
  it('passes on a value or an error that comes in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 10, () => new Error('x'))).resolves.toBe(7);
    await expect(withTimeout(Promise.reject(new Error('no')), 10, () => new Error('x'))).rejects.toThrow('no');
  });
});

describe('themeFromQuery', () => {
  it.each([
    ['?theme=dark', 'dark'],
    ['?theme=contrast', 'contrast'],
    ['?theme=default', 'default'],
    ['', 'default'],
    ['?theme={theme}', 'default'],
    ['?theme=<script>', 'default'],
    ['?theme=DARK', 'default'],
  ])('%s → %s', (search, theme) => {
    expect(themeFromQuery(search)).toBe(theme);
  });
});

describe('the URLs Stagecoach gives Teams', () => {
  it('saves the side panel with the literal {theme} and {locale} placeholders', () => {
    expect(tabConfig('https://app.example/config.html?theme=dark&locale=de-de')).toEqual({
      contentUrl: 'https://app.example/sidePanel.html?theme={theme}&locale={locale}',
      websiteUrl: 'https://app.example/sidePanel.html',
      entityId: 'stagecoach',
      suggestedDisplayName: 'Stagecoach',
    });
  });
  it('shares the stage page beside the side panel', () => {
    expect(stageUrl('http://localhost:3000/sidePanel.html?theme=default')).toBe('http://localhost:3000/stage.html');
  });
  it('keeps a deployment’s path (HOST_URL may have one): the pages beside the one that asks', () => {
    expect(tabConfig('https://x.example/stagecoach/config.html').contentUrl).toBe(
      'https://x.example/stagecoach/sidePanel.html?theme={theme}&locale={locale}',
    );
    expect(stageUrl('https://x.example/stagecoach/sidePanel.html?theme=dark')).toBe('https://x.example/stagecoach/stage.html');
  });
});
