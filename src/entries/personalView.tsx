// My coaching's view: React, Fluent and the page, in a chunk of its own. The
// page's HTML fetches it with the first scripts (tools/preloadChunksPlugin.cjs);
// personal.tsx runs it once the user's sessions are being read, so compiling
// and drawing it never stands before the first request.
import type { UserId } from '../domain';
import type { MyCoachingSource, ThemeName } from '../ports';
import { AppShell, MyCoaching, type Watched } from '../ui';
import type { Words } from '../words';
import { drawBoot } from './boot';
import { systemClock } from './systemClock';

export interface PersonalBoot {
  theme: ThemeName;
  userId: UserId | null;
  source: MyCoachingSource | null;
  /** The session a notes link opened the tab on (its subEntityId), if any. */
  openSessionId: string | null;
  words: Words | null;
}

/** Draws My coaching from its start-up state, and again whenever that changes. */
export const drawPersonal = (container: HTMLElement, state: Watched<PersonalBoot>) =>
  drawBoot(container, state, ({ theme, userId, source, openSessionId, words }) => (
    <AppShell theme={theme} words={words}>
      <MyCoaching userId={userId} source={source} clock={systemClock} openSessionId={openSessionId} />
    </AppShell>
  ));
