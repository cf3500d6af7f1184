import { expect, test } from './fixtures';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { answerTeamsCdn } from './teamsCdn';
import { GRAPH_V1 } from '../../src/graph/graphClient';

// `npm run build` (dist/) holds the product only, every page under its CSP;
// the browser tests run the simulator's build (dist-simulator/), whose
// product pages carry the same policy plus this machine's loopback, and no
// page breaks it.

// CommonJS, shared with webpack.
const load = createRequire(__filename);
const { metaPolicy } = load('../../deploy/csp.cjs') as { metaPolicy(options?: { local?: boolean }): string };
const repo = path.resolve(__dirname, '../..');
const dist = path.join(repo, 'dist');
const PRODUCT_PAGES = [
  'auth-redirect.html',
  'config.html',
  'personal.html',
  'privacy.html',
  'sidePanel.html',
  'stage.html',
  'taskpane.html',
  'terms.html',
];
/** Strings only the simulator's code holds: its people, its fake Office host's channel, its page title. */
const SIMULATOR_MARKERS = ['sim-alex', 'stagecoach:office-sim', 'local meeting simulator'];

/** The page's <meta> policy (the production build minifies the markup: attribute quotes may be gone). */
const policyOf = (html: string) => /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/.exec(html)?.[1] ?? null;

test('the production build holds only the product’s pages, each with its Content-Security-Policy and no inline script', () => {
  const files = readdirSync(dist);
  expect(files.filter((f) => f.endsWith('.html')).sort()).toEqual(PRODUCT_PAGES);
  for (const file of files.filter((f) => f.endsWith('.js') || f.endsWith('.html'))) {
    const text = readFileSync(path.join(dist, file), 'utf8');
    for (const marker of SIMULATOR_MARKERS) expect([file, text.includes(marker)]).toEqual([file, false]);
  }
  for (const page of PRODUCT_PAGES.filter((p) => !['privacy.html', 'terms.html'].includes(p))) {
    const html = readFileSync(path.join(dist, page), 'utf8');
    expect([page, policyOf(html)]).toEqual([page, metaPolicy()]);
    // Every script is a file: <script src=…>, never inline.
    expect([page, /<script(?![^>]*\bsrc=)[^>]*>/.test(html)]).toEqual([page, false]);
  }
  // The static host's headers travel with the pages.
  expect(files).toContain('staticwebapp.config.json');
});

test('the pages whose first content comes from Graph open their connection to it while their code loads', () => {
  const preconnects = (page: string) =>
    [...readFileSync(path.join(dist, page), 'utf8').matchAll(/<link rel="?preconnect"? href="?([^" >]+)"?( crossorigin)?/g)].map(
      ([, href, anonymous]) => ({ href, anonymous: anonymous !== undefined }),
    );
  const graph = { href: new URL(GRAPH_V1).origin, anonymous: true };
  expect(preconnects('personal.html')).toEqual([graph]);
  expect(preconnects('taskpane.html')).toEqual([graph]);
  expect(preconnects('sidePanel.html')).toEqual([]);
});

test('My coaching fetches the chunks its first requests need with its first scripts, and counts its view in first paint', () => {
  const html = readFileSync(path.join(dist, 'personal.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*?\bsrc="?([^" >]+)/g)].map(([, src]) => src!);
  const preloads = [...html.matchAll(/<link rel="?preload"?([^>]*)>/g)].map(([, rest]) => ({
    href: /\bhref="?([^" >]+)/.exec(rest!)?.[1] ?? '',
    as: /\bas="?([^" >]+)/.exec(rest!)?.[1],
    low: /\bfetchpriority="?low\b/.test(rest!),
  }));
  // The host, Graph and sign-in (MSAL), each a chunk of its own; not the view, which the page asks for once they are in.
  const preloaded = (chunk: string) => preloads.some((p) => p.href.startsWith(`${chunk}.`));
  for (const chunk of ['teamsPersonal', 'personalGraph', 'graph', 'auth', 'msal']) expect([chunk, preloaded(chunk)]).toEqual([chunk, true]);
  expect(preloaded('personalView')).toBe(false);
  for (const p of preloads) {
    expect([p.href, p.as, p.low, existsSync(path.join(dist, p.href)), scripts.includes(p.href)]).toEqual([
      p.href,
      'script',
      true,
      true,
      false,
    ]);
  }
  // The view is counted in the page's first paint (the build lists its files beside the page); Graph and MSAL are not.
  const { page, files } = JSON.parse(readFileSync(path.join(dist, 'personal.first-paint.json'), 'utf8')) as {
    page: string;
    files: string[];
  };
  expect(page).toBe('personal.html');
  expect(files).toContainEqual(expect.stringMatching(/^personalView\./));
  expect(files.filter((f) => /^(msal|graph|personalGraph)\./.test(f) || scripts.includes(f) || !existsSync(path.join(dist, f)))).toEqual(
    [],
  );
  // The first scripts come first in the page, so the browser asks for them first.
  expect(html.search(/<link rel="?preload/) > html.lastIndexOf('<script')).toBe(true);
});

test('every product page keeps its first-paint JavaScript within its gzip budget', async () => {
  // The bench prints the figures; this keeps a change that breaks a budget from landing.
  const { BUDGETS, measureBundles } = (await import(pathToFileURL(path.join(repo, 'test/bench/bundleSizes.mjs')).href)) as {
    BUDGETS: Record<string, number>;
    measureBundles(dist: string): { pages: { page: string; gzip: number }[] };
  };
  const pages = measureBundles(dist).pages.filter((p) => p.page in BUDGETS);
  expect(pages.map((p) => p.page).sort()).toEqual(Object.keys(BUDGETS).sort());
  for (const { page, gzip } of pages) expect([page, gzip <= BUDGETS[page]!]).toEqual([page, true]);
});

test('the simulator runs the product’s pages under their policy, nothing breaks it, and OneDrive’s downloads pass it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await answerTeamsCdn(page);
  await page.goto('/');
  const coach = page.getByRole('region', { name: 'Coach — Alex' }).frameLocator('iframe').first();
  await expect(coach.getByRole('heading', { level: 2, name: 'Current stage: Open' })).toBeVisible();
  const html = await (await page.request.get('/sidePanel.html')).text();
  expect(policyOf(html)).toBe(metaPolicy({ local: true }));
  await coach.getByRole('button', { name: 'Advance to Learn' }).click();
  await coach.getByRole('dialog', { name: 'Open is not finished yet' }).getByRole('button', { name: 'Advance anyway' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Coachee — Sam' })
      .frameLocator('iframe')
      .first()
      .getByRole('heading', { level: 2, name: 'Current stage: Learn' }),
  ).toBeVisible();
  expect(violations).toEqual([]);

  // Real Microsoft 365 sends a page beyond Graph: OneDrive for Business answers a
  // file's bytes from the user's SharePoint host (the listing's downloadUrl, in
  // this shape). The policy lets that through and still stops anywhere else.
  const oneDriveDownload =
    'https://contoso-my.sharepoint.com/personal/alex_contoso_com/_layouts/15/download.aspx?UniqueId=5e1f&Translate=false&tempauth=t&ApiVersion=2.0';
  const elsewhere = 'https://elsewhere.example/session.json';
  await page.route(/^https:\/\/(contoso-my\.sharepoint\.com|elsewhere\.example)\//, (route) =>
    route.fulfill({ status: 200, body: '{}', headers: { 'access-control-allow-origin': '*' } }),
  );
  const panel = page.frames().find((f) => f.url().includes('/sidePanel.html'));
  const reached = await panel!.evaluate(
    (urls) =>
      Promise.all(
        urls.map((url) =>
          fetch(url).then(
            (r) => r.status,
            () => 'refused',
          ),
        ),
      ),
    [oneDriveDownload, elsewhere],
  );
  expect(reached).toEqual([200, 'refused']);
});
