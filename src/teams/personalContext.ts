import type { app } from '@microsoft/teams-js';
import { LIMITS } from '../domain';
import { isThemeName, type PersonalContext } from '../ports';
import { sessionFromSubPageId } from './appUrls';
import { mailShaped } from '../base';
import { MAX_ID_LENGTH, text } from './contextMapping';

// teams-js's app.Context to the personal tab's context. Pure, so it is
// tested in Node without a host; every value comes from the host, so each is checked.

const MAX_HOST_NAME_LENGTH = 64;

/** The personal tab's context, and the session a link asked it to open. */
export interface TeamsPersonalContext extends PersonalContext {
  /**
   * The session a deep link named (its `subEntityId`, `page.subPageId` here:
   * `session:<id>`), to open its notes; null when none, or when the value is not one.
   */
  sessionToOpen: string | null;
}

/**
 * The personal tab's context from the host's. A personal tab has no meeting
 * and no chat: nothing here asks for them. Outlook and the Microsoft 365 app
 * may leave out the user's id: then null, and the page asks Graph who this is.
 */
export function toPersonalContext(context: app.Context): TeamsPersonalContext {
  const theme = context.app.theme;
  return {
    userId: text(context.user?.id, MAX_ID_LENGTH),
    displayName: text(context.user?.displayName, LIMITS.displayName),
    loginHint: mailShaped(context.user?.loginHint) ?? mailShaped(context.user?.userPrincipalName),
    tenantId: text(context.user?.tenant?.id, MAX_ID_LENGTH),
    theme: isThemeName(theme) ? theme : 'default',
    locale: text(context.app.locale, 35) ?? 'en-US',
    hostName: text(context.app.host?.name, MAX_HOST_NAME_LENGTH) ?? 'Teams',
    sessionToOpen: sessionFromSubPageId(context.page?.subPageId),
  };
}
