import { app, pages } from '@microsoft/teams-js';
import { isThemeName, type ConfigHost } from '../ports';
import { tabConfig } from './appUrls';
import { initializeTeams } from './startup';
import { themeEvents } from './themeEvents';
import { messageOf, createListeners } from '../base';

/**
 * The configuration page's host. On the host's Save it saves the side panel's
 * URLs (the adapter knows them) and answers Teams, so the page only decides validity.
 * @throws MeetingHostUnavailable with a message for people when there is no host.
 */
export async function createTeamsConfigHost(win: Window = window): Promise<ConfigHost> {
  await initializeTeams(win);
  const { theme, locale } = (await app.getContext()).app;
  const onThemeChange = themeEvents();
  const listeners = createListeners();
  pages.config.registerOnSaveHandler((saveEvent) => {
    pages.config.setConfig(tabConfig(win.location.href)).then(
      () => {
        saveEvent.notifySuccess();
        listeners.notify();
      },
      (error: unknown) => saveEvent.notifyFailure(messageOf(error)),
    );
  });
  // Usable from here on: Teams may hide its loading indicator.
  void app.notifySuccess().catch(() => undefined);
  return {
    theme: isThemeName(theme) ? theme : 'default',
    locale: typeof locale === 'string' && locale.length <= 35 ? locale : null,
    onThemeChange,
    setValid: (valid) => pages.config.setValidityState(valid),
    onSaved(listener) {
      return listeners.subscribe(listener);
    },
  };
}
