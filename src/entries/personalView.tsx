// My coaching's view: React, Fluent and the page, in a chunk of its own.
// personal.tsx asks for it once Graph's and sign-in's code is in, and runs it
// once the user's sessions are being read, so neither fetching, compiling nor
// drawing it stands before the first request. The build counts it in the
// page's first paint (personal.first-paint.json).
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
