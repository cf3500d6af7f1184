// The pages Stagecoach gives Teams. They sit next to the page that asks, so
// one build serves any host name (dev server, test server, production).

/** The `{theme}` placeholder Teams replaces in a content URL when it loads the tab. */
export const THEME_PLACEHOLDER = '{theme}';

/** Teams' id for the tab instance; one per meeting is all Stagecoach needs. */
export const ENTITY_ID = 'stagecoach';

const pageUrl = (origin: string, page: string) => new URL(page, `${origin}/`).toString();

/** What the configuration page saves: the side panel, themed by Teams from the first paint. */
export function tabConfig(origin: string) {
  return {
    // Not URL-encoded: Teams looks for the literal placeholder.
    contentUrl: `${pageUrl(origin, 'sidePanel.html')}?theme=${THEME_PLACEHOLDER}`,
    websiteUrl: pageUrl(origin, 'sidePanel.html'),
    entityId: ENTITY_ID,
    suggestedDisplayName: 'Stagecoach',
  };
}

/**
 * The page Teams puts on the meeting stage when a participant shares
 * Stagecoach. No theme in it: each attendee's client shows the stage in their
 * own theme, which the stage page reads from its context.
 */
export const stageUrl = (origin: string): string => pageUrl(origin, 'stage.html');

/**
 * A Teams deep link to Stagecoach's tab in the meeting chat (the session
 * notes), for invites and chat posts. Null without the Teams app id, which
 * only a deployment's build knows.
 */
export function notesDeepLink(teamsAppId: string, chatId: string | null): string | null {
  if (!/^[0-9a-f-]{36}$/i.test(teamsAppId)) return null;
  const base = `https://teams.microsoft.com/l/entity/${teamsAppId}/${ENTITY_ID}`;
  return chatId ? `${base}?context=${encodeURIComponent(JSON.stringify({ chatId, contextType: 'chat' }))}` : base;
}
