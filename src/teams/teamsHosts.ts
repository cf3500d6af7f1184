// The part of src/teams that imports teams-js: loaded with import() by
// index.ts, so it gets a chunk of its own, outside the side panel's first paint.
export { createTeamsMeetingHost, notifyStartupFailure } from './teamsMeetingHost';
export { createTeamsConfigHost } from './teamsConfigHost';
