import { fillTheme, sameOriginPage } from '../../src/simulator/host';

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
