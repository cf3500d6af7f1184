import { fillTheme, legacyContext, localeFrom, sameOriginPage } from '../../src/simulator/host';

const ORIGIN = 'http://localhost:3000';

describe('sameOriginPage', () => {
  it('accepts .html pages of the simulator’s origin, relative or absolute', () => {
    expect(sameOriginPage('sidePanel.html?theme=dark', ORIGIN)?.toString()).toBe(`${ORIGIN}/sidePanel.html?theme=dark`);
    expect(sameOriginPage(`${ORIGIN}/stage.html`, ORIGIN)?.pathname).toBe('/stage.html');
  });
  it.each(['https://evil.example/a.html', 'javascript:alert(1)', `${ORIGIN}/api`, '', 7, null, 'x'.repeat(5000)])('refuses %p', (value) => {
    expect(sameOriginPage(value, ORIGIN)).toBeNull();
  });
});

describe('fillTheme', () => {
  it('fills the placeholder, written plainly or URL-encoded', () => {
    expect(fillTheme('sidePanel.html?theme={theme}', 'dark')).toBe('sidePanel.html?theme=dark');
    expect(fillTheme('sidePanel.html?theme=%7Btheme%7D', 'contrast')).toBe('sidePanel.html?theme=contrast');
  });
});

describe('the locale Teams fills in', () => {
  it('fills {locale} beside {theme}', () => {
    expect(fillTheme('sidePanel.html?theme={theme}&locale={locale}', 'dark', 'de-DE')).toBe('sidePanel.html?theme=dark&locale=de-DE');
    expect(fillTheme('sidePanel.html?locale=%7Blocale%7D', 'default', 'ar-SA')).toBe('sidePanel.html?locale=ar-SA');
  });

  it('reads the simulator’s locale from its address, Teams’ en-us otherwise', () => {
    expect(localeFrom('?locale=de-de')).toBe('de-DE');
    expect(localeFrom('?locale=qps-ploc')).toBe('qps-Ploc');
    expect(localeFrom('')).toBe('en-us');
    expect(localeFrom('?locale=<script>')).toBe('en-us');
  });

  it('gives it to every frame as app.locale', () => {
    const meeting = {
      meetingId: 'm',
      organizer: { userId: 'u', displayName: 'U', part: 'coach' as const, email: 'u@x' },
      theme: 'default' as const,
      locale: 'ar-SA',
    };
    expect(legacyContext(meeting, { person: meeting.organizer, frameContext: 'sidePanel' })).toMatchObject({ locale: 'ar-SA' });
  });
});
