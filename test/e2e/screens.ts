import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { PANEL_WIDTHS } from '../../src/simulator/panelWidth';

// Screenshots of each surface at each width and theme, written as artifacts of
// the e2e run (test-results/screens/) for people to look at; never compared.

export const THEMES = [
  { label: 'Default', name: 'default' },
  { label: 'Dark', name: 'dark' },
  { label: 'High contrast', name: 'contrast' },
] as const;

const SCREENS = path.resolve('test-results/screens');

/**
 * Whether this run takes the photographs: always on a developer's machine,
 * in CI only with SCREENS=1. CI keeps no artifacts, and the photographs are
 * a minute and more of a run that must stay under 15 minutes; the checks
 * made at each width and theme (layout, axe) run either way.
 */
export const PHOTOGRAPHS = !process.env.CI || process.env.SCREENS === '1';

/** Switches the simulated meeting's theme and waits until every open app frame follows it. */
export async function useTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await page.getByRole('radio', { name: theme.label, exact: true }).check();
  for (const element of await page.locator('iframe').all()) {
    const content = await element.contentFrame();
    const shell = content.locator('[data-theme]').first();
    // Outlook tells an add-in light or dark only: high contrast reaches its pane as light.
    const outlook = ((await element.getAttribute('src')) ?? '').includes('office-sim-taskpane');
    const expected = outlook && theme.name === 'contrast' ? 'default' : theme.name;
    if ((await shell.count()) > 0) await expect(shell).toHaveAttribute('data-theme', expected);
  }
  // Fluent's controls ease into their new colours: checked mid-way, a colour is neither theme's.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
}

export async function usePanelWidth(page: Page, width: number): Promise<void> {
  await page.getByRole('radio', { name: `${width} px`, exact: true }).check();
}

/** The app frame, grown to its content's height for the shot, then put back. */
async function shootFrame(frameElement: Locator, file: string): Promise<void> {
  const content = frameElement.contentFrame();
  const height = await content.locator('body').evaluate((body) => body.ownerDocument.documentElement.scrollHeight);
  const before = await frameElement.evaluate((el: HTMLElement, h) => {
    const old = el.style.height;
    el.style.height = `${h}px`;
    return old;
  }, height);
  await frameElement.screenshot({ path: file, animations: 'disabled' });
  await frameElement.evaluate((el: HTMLElement, old) => {
    el.style.height = old;
  }, before);
}

/**
 * The widths photographed: a real side panel's 280–320 px. The simulator's
 * wide 400 px adds little to look at and a third to the photographs' time
 * in CI, whose whole run must stay under 15 minutes.
 */
const SHOT_WIDTHS = PANEL_WIDTHS.filter((width) => width <= 320);

/** Side panels (each frame named) at 280 and 320 px, in every theme. */
export async function shootPanels(page: Page, moment: string, frames: Record<string, Locator>): Promise<void> {
  if (!PHOTOGRAPHS) return;
  await mkdir(SCREENS, { recursive: true });
  for (const width of SHOT_WIDTHS) {
    await usePanelWidth(page, width);
    for (const theme of THEMES) {
      await useTheme(page, theme);
      for (const [who, frameElement] of Object.entries(frames)) {
        await shootFrame(frameElement, path.join(SCREENS, `${moment}-${who}-${width}-${theme.name}.png`));
      }
    }
  }
  await usePanelWidth(page, 320);
  await useTheme(page, THEMES[0]);
}

/** A wide surface (stage, tab) at a given width, in every theme. */
export async function shootWide(page: Page, moment: string, frameElement: Locator, width: number): Promise<void> {
  if (!PHOTOGRAPHS) return;
  await mkdir(SCREENS, { recursive: true });
  const before = await frameElement.evaluate((el: HTMLElement, w) => {
    const old = el.style.width;
    el.style.width = `${w}px`;
    return old;
  }, width);
  for (const theme of THEMES) {
    await useTheme(page, theme);
    await shootFrame(frameElement, path.join(SCREENS, `${moment}-${width}-${theme.name}.png`));
  }
  await frameElement.evaluate((el: HTMLElement, old) => {
    el.style.width = old;
  }, before);
  await useTheme(page, THEMES[0]);
}

/** A frame at `width`, grown to its content's height, photographed to `file`, then put back. */
export async function shootFrameAt(frameElement: Locator, width: number, file: string): Promise<void> {
  if (!PHOTOGRAPHS) return;
  await mkdir(path.dirname(file), { recursive: true });
  const before = await frameElement.evaluate((el: HTMLElement, w) => {
    const old = el.style.width;
    el.style.width = `${w}px`;
    return old;
  }, width);
  await shootFrame(frameElement, file);
  await frameElement.evaluate((el: HTMLElement, old) => {
    el.style.width = old;
  }, before);
}
