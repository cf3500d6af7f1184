// src/teams is the only folder that imports @microsoft/teams-js. This index
// stays free of it: the entries paint first, then load the host in parallel.
export { themeFromQuery } from './themeQuery';
export { isSessionId, notesLink, sessionFromSubPageId, SIMULATOR_NOTES_TAB, SIMULATOR_TAB_PARAMETER } from './appUrls';
export type { NotesLinkPlace } from './appUrls';

/** teams-js and our hosts over it, as their own chunk. */
export const loadTeamsHosts = () => import(/* webpackChunkName: "teams" */ './teamsHosts');

/** teams-js and the personal tab's host over it ("My coaching"), as a chunk of its own. */
export const loadPersonalHost = () => import(/* webpackChunkName: "teamsPersonal" */ './teamsPersonalHost');
