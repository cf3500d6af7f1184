import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The privacy statement and the terms of use: static pages in static/, which
// the build copies beside the app's pages, at the URLs the manifest names.
// Read from the webpack configuration and static/ (no build needed).
const root = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as ((env: unknown, argv: { mode: string }) => {
  plugins: { constructor: { name: string } }[];
}) & { STATIC_PAGES: string[] };

const developer = JSON.parse(readFileSync(path.join(root, 'manifest/manifest.json'), 'utf8')).developer as Record<string, string>;
const HOST = '${{HOST_URL}}/';
/** The page a manifest URL names, relative to HOST_URL. */
const pageAt = (url: string | undefined) => {
  expect(url?.startsWith(HOST)).toBe(true);
  return url!.slice(HOST.length);
};
const PAGES = { privacy: pageAt(developer.privacyUrl), terms: pageAt(developer.termsOfUseUrl) };
const html = (page: string) => readFileSync(path.join(root, 'static', page), 'utf8');
/** The visible text, roughly: tags dropped, whitespace folded. */
const text = (page: string) => html(page).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the privacy and terms pages', () => {
  it('are copied by the build (development and production) to the URLs the manifest names', () => {
    expect(PAGES).toEqual({ privacy: 'privacy.html', terms: 'terms.html' });
    for (const mode of ['production', 'development']) {
      const config = webpackConfig({}, { mode });
      const copied = (config.plugins.find((p) => p.constructor.name === 'CopyFilesPlugin') as { files?: { from: string; to: string }[] } | undefined)?.files;
      for (const page of Object.values(PAGES)) expect(copied).toContainEqual({ from: `static/${page}`, to: page });
    }
    for (const page of Object.values(PAGES)) {
      expect(webpackConfig.STATIC_PAGES).toContain(page);
      expect(existsSync(path.join(root, 'static', page))).toBe(true);
    }
  });

  it('are in dist/ when it was built from this configuration', () => {
    const dist = path.join(root, 'dist');
    // dist/ is only there after `npm run build`; check it then, and only a build that has the pages at all.
    if (!existsSync(path.join(dist, 'sidePanel.html')) || !existsSync(path.join(dist, PAGES.privacy))) return;
    // A production build minifies them, so the words are compared, not the bytes.
    const words = (source: string) => source.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean);
    for (const page of webpackConfig.STATIC_PAGES) {
      const built = readFileSync(path.join(dist, page), 'utf8');
      if (page.endsWith('.html')) expect(words(built)).toEqual(words(html(page)));
      else expect(built.replace(/\s+/g, '')).toContain('@media(prefers-color-scheme:dark)');
    }
  });

  it.each(Object.values(PAGES))('%s is accessible: language, title, landmarks, headings in order', (page) => {
    const source = html(page);
    expect(source).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(source).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1" \/>/);
    expect(source).toMatch(/<title>Stagecoach — [^<]+<\/title>/);
    for (const landmark of ['header', 'main', 'footer']) expect(source.match(new RegExp(`<${landmark}>`, 'g'))).toHaveLength(1);
    const levels = [...source.matchAll(/<h([1-6])>/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it.each(Object.values(PAGES))('%s has no script and no inline style, and links only to the other static pages', (page) => {
    const source = html(page);
    expect(source).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=|javascript:/i);
    const links = [...source.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!).filter((href) => href !== 'data:,');
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect([page, href, webpackConfig.STATIC_PAGES.includes(href)]).toEqual([page, href, true]);
    expect(links).toContain('legal.css');
  });

  it('styles light and dark from the system setting, in plain CSS', () => {
    const css = readFileSync(path.join(root, 'static/legal.css'), 'utf8');
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).toMatch(/color-scheme: light dark/);
    expect(css).not.toMatch(/@import|url\(/);
  });

  it('says where the data goes: the tenant and the browser only, no backend of ours', () => {
    const privacy = text(PAGES.privacy);
    for (const place of ['Live Share', 'OneDrive', 'calendar', 'To Do', 'meeting chat', 'local storage']) expect(privacy).toContain(place);
    expect(privacy).toMatch(/no server of its own and no vendor database/);
    expect(privacy).toMatch(/no analytics/);
  });

  it('says where the coach’s private notes live, and where they never go', () => {
    const privacy = text(PAGES.privacy);
    expect(privacy).toMatch(/in exactly two places: in the browser's local storage on the coach's device, as the coach types, and in the coach's own copy in the coach's own OneDrive/);
    expect(privacy).toMatch(/never go into the shared session, the calendar, the meeting chat or To Do/);
  });
});
