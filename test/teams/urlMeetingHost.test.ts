import { createUrlMeetingHost, MeetingAddressError, parseMeetingQuery, parseThemeMessage } from '../../src/teams';

const full = '?meeting=m-1&user=u-alex&name=Alex&organizer=u-alex&theme=dark';

describe('parseMeetingQuery', () => {
  it('reads the meeting context from the address', () => {
    expect(parseMeetingQuery(full, 'en-GB')).toEqual({
      meetingId: 'm-1',
      userId: 'u-alex',
      displayName: 'Alex',
      organizerId: 'u-alex',
      theme: 'dark',
      locale: 'en-GB',
    });
  });

  it('uses the default theme when none is given', () => {
    expect(parseMeetingQuery('?meeting=m&user=u&name=Sam&organizer=o').theme).toBe('default');
  });

  it('decodes names written in the address', () => {
    expect(parseMeetingQuery('?meeting=m&user=u&name=Sam%20Lee%20%C3%A9&organizer=o').displayName).toBe('Sam Lee é');
  });

  it('names every missing parameter', () => {
    expect(() => parseMeetingQuery('?meeting=m&name=Sam')).toThrow(MeetingAddressError);
    expect(() => parseMeetingQuery('?meeting=m&name=Sam')).toThrow(/"user" is missing\. "organizer" is missing\./);
  });

  it('rejects empty, overlong and unknown values', () => {
    expect(() => parseMeetingQuery('?meeting=%20&user=u&name=S&organizer=o')).toThrow(/"meeting" is empty/);
    expect(() => parseMeetingQuery(`?meeting=m&user=u&name=${'x'.repeat(101)}&organizer=o`)).toThrow(/"name" is too long/);
    expect(() => parseMeetingQuery('?meeting=m&user=u&name=S&organizer=o&theme=neon')).toThrow(/"theme" must be one of/);
  });
});

describe('parseThemeMessage', () => {
  it('accepts a theme message', () => {
    expect(parseThemeMessage({ type: 'stagecoach:theme', theme: 'contrast' })).toBe('contrast');
  });

  it.each([
    null,
    'stagecoach:theme',
    { type: 'stagecoach:theme', theme: 'neon' },
    { type: 'other', theme: 'dark' },
    { type: 'stagecoach:theme' },
  ])('ignores %p', (data) => {
    expect(parseThemeMessage(data)).toBeNull();
  });
});

describe('createUrlMeetingHost', () => {
  // A window is only an event target with an address, as far as the host cares.
  const fakeWindow = () =>
    Object.assign(new EventTarget(), {
      location: { search: full, origin: 'http://localhost:3000' },
      navigator: { language: 'fr-FR' },
    }) as unknown as Window;

  it('passes on theme messages from its own origin only', () => {
    const win = fakeWindow();
    const host = createUrlMeetingHost(win);
    const seen: string[] = [];
    const stop = host.onThemeChange((theme) => seen.push(theme));
    const send = (origin: string, data: unknown) => win.dispatchEvent(new MessageEvent('message', { origin, data }));

    send('http://localhost:3000', { type: 'stagecoach:theme', theme: 'contrast' });
    send('https://evil.example', { type: 'stagecoach:theme', theme: 'dark' });
    send('http://localhost:3000', { type: 'stagecoach:theme', theme: 'neon' });
    stop();
    send('http://localhost:3000', { type: 'stagecoach:theme', theme: 'default' });

    expect(seen).toEqual(['contrast']);
    expect(host.context.locale).toBe('fr-FR');
  });
});
