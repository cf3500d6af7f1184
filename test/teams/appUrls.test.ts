import { readFileSync } from 'node:fs';
import path from 'node:path';
import { safeHref } from '../../src/graph/escapeHtml';
import {
  ENTITY_ID,
  isSessionId,
  MY_COACHING_ENTITY_ID,
  notesLink,
  sessionFromSubPageId,
  sessionSubPageId,
  type NotesLinkPlace,
} from '../../src/teams/appUrls';

// The link every invite, chat summary and To Do task carries back to a
// session's notes, in each form, read back the way Teams and the simulator read it.

const APP_ID = '0b7b3a0e-2f7c-4c8e-9a37-5d5f6e9c1a20';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CHAT = '19:meeting_NjE5NGVlNjUtNWU4My00ZGNhLTliNGUtMTZmMDhlZWQxYTFh@thread.v2';
const MEETING = 'MCMxOTptZWV0aW5nX05qRTVOR1ZsTmpVdE5XVTRNeTAwWkdOaExUbGlOR1V0TVRabU1EaGxaV1F4WVRGaEB0aHJlYWQudjIjMA==';
const PAGE = 'https://stagecoach.contoso.com/app/sidePanel.html?theme=dark#x';

const place = (overrides: Partial<NotesLinkPlace> = {}): NotesLinkPlace => ({
  teamsAppId: APP_ID,
  sessionId: MEETING,
  chatId: CHAT,
  tenantId: TENANT,
  pageAddress: PAGE,
  simulated: false,
  ...overrides,
});

/** The deep link's parts as Teams reads them: path segments decoded, `context` parsed as JSON. */
function readDeepLink(link: string) {
  const url = new URL(link);
  const context = url.searchParams.get('context');
  return {
    origin: url.origin,
    segments: url.pathname.split('/').slice(1).map(decodeURIComponent),
    context: context === null ? null : (JSON.parse(context) as Record<string, unknown>),
    query: Object.fromEntries([...url.searchParams].filter(([name]) => name !== 'context')),
  };
}

describe('notesLink in Teams, with the Teams app id', () => {
  it('opens the meeting chat’s Stagecoach tab (the notes), not the side panel, when the chat is known', () => {
    const link = readDeepLink(notesLink(place()));
    expect(link.origin).toBe('https://teams.microsoft.com');
    expect(link.segments).toEqual(['l', 'entity', APP_ID, ENTITY_ID]);
    expect(link.context).toEqual({ chatId: CHAT, contextType: 'chat' });
    expect(link.query).toEqual({ tenantId: TENANT, openInMeeting: 'false' });
  });

  it('opens My coaching on this session when no chat is known, and the personal tab reads the session back', () => {
    const link = readDeepLink(notesLink(place({ chatId: null })));
    expect(link.origin).toBe('https://teams.microsoft.com');
    expect(link.segments).toEqual(['l', 'entity', APP_ID, MY_COACHING_ENTITY_ID]);
    expect(link.context).toEqual({ subEntityId: sessionSubPageId(MEETING) });
    expect(link.query).toEqual({ tenantId: TENANT });
    // Teams hands subEntityId to the tab as page.subPageId.
    expect(sessionFromSubPageId(link.context?.subEntityId)).toBe(MEETING);
  });

  it('writes every value URI-encoded, as Microsoft asks: no raw JSON, quotes or spaces in the address', () => {
    const link = notesLink(place());
    expect(link).not.toMatch(/[{}"\s]/);
    expect(link).toContain(`/l/entity/${APP_ID}/${ENTITY_ID}?`);
  });

  it('treats a chat id that is not one as no chat, and leaves out a tenant that is not a GUID', () => {
    for (const chatId of ['', 'not-a-chat', `19:a b@thread.v2`, `19:a\u0000b`, `19:${'x'.repeat(600)}`]) {
      expect(readDeepLink(notesLink(place({ chatId }))).segments.at(-1)).toBe(MY_COACHING_ENTITY_ID);
    }
    expect(readDeepLink(notesLink(place({ tenantId: 'evil&x=1' }))).query).toEqual({ openInMeeting: 'false' });
    expect(readDeepLink(notesLink(place({ tenantId: null }))).query).toEqual({ openInMeeting: 'false' });
  });

  it('opens My coaching itself when the session id cannot go into a link', () => {
    for (const sessionId of ['', 'a b', '<script>alert(1)</script>', '"},{"x":"', 'x'.repeat(300)]) {
      const link = readDeepLink(notesLink(place({ chatId: null, sessionId })));
      expect(link.segments).toEqual(['l', 'entity', APP_ID, MY_COACHING_ENTITY_ID]);
      expect(link.context).toBeNull();
    }
  });

  it('stays under the 1,900 characters Teams on Windows can open, with the longest ids it takes', () => {
    const link = notesLink(place({ chatId: `19:${'c'.repeat(500)}`, sessionId: 'm'.repeat(256) }));
    expect(link.length).toBeLessThan(1900);
    expect(notesLink(place({ chatId: null, sessionId: 'm'.repeat(256) })).length).toBeLessThan(1900);
  });
});

describe('notesLink without the Teams app id (a build without TEAMS_APP_ID)', () => {
  it('opens the meeting chat, where the notes tab is, when the chat is known', () => {
    const url = new URL(notesLink(place({ teamsAppId: '' })));
    expect(url.origin).toBe('https://teams.microsoft.com');
    expect(url.pathname.split('/').slice(1).map(decodeURIComponent)).toEqual(['l', 'chat', CHAT, 'conversations']);
  });

  it('opens My coaching’s page beside the app otherwise, never the side panel', () => {
    expect(notesLink(place({ teamsAppId: '', chatId: null }))).toBe('https://stagecoach.contoso.com/app/personal.html');
  });

  it('takes an app id only when it is a GUID', () => {
    expect(new URL(notesLink(place({ teamsAppId: 'fe4a8eba/../../evil' }))).pathname).toMatch(/^\/l\/chat\//);
  });
});

describe('notesLink in the simulator', () => {
  it('opens the simulator page beside the app on this meeting, with its notes tab', () => {
    const link = notesLink(
      place({ simulated: true, sessionId: 'sim-0a1b2c', pageAddress: 'http://127.0.0.1:3000/sidePanel.html?theme=default' }),
    );
    expect(link).toBe('http://127.0.0.1:3000/?meeting=sim-0a1b2c&tab=notes');
  });

  it('is the simulator’s even when the build knows a Teams app id: there is no Teams to open', () => {
    const link = new URL(
      notesLink(place({ simulated: true, sessionId: 'sim-0a1b2c', pageAddress: 'http://localhost:3000/sidePanel.html' })),
    );
    expect(link.origin).toBe('http://localhost:3000');
    expect(link.searchParams.get('meeting')).toBe('sim-0a1b2c');
  });
});

describe('every form', () => {
  const forms: [string, Partial<NotesLinkPlace>][] = [
    ['chat tab', {}],
    ['My coaching', { chatId: null }],
    ['meeting chat', { teamsAppId: '' }],
    ['personal page', { teamsAppId: '', chatId: null }],
    ['simulator', { simulated: true, sessionId: 'sim-1', pageAddress: 'http://127.0.0.1:4317/sidePanel.html' }],
  ];
  it.each(forms)('%s: an http(s) address the invite’s link check keeps as it is', (_name, overrides) => {
    const link = notesLink(place(overrides));
    expect(['https:', 'http:']).toContain(new URL(link).protocol);
    expect(safeHref(link)).toBe(new URL(link).href.replace(/&/g, '&amp;'));
  });
});

describe('the session a deep link names to My coaching (page.subPageId)', () => {
  it('reads session:<id> and nothing else', () => {
    expect(sessionFromSubPageId('session:sim-0a1b2c')).toBe('sim-0a1b2c');
    expect(sessionFromSubPageId(sessionSubPageId(MEETING))).toBe(MEETING);
    for (const hostile of [
      undefined,
      null,
      42,
      { id: 'x' },
      '',
      'sim-0a1b2c',
      'session:',
      'session: sim',
      'session:<img src=x onerror=alert(1)>',
      'session:a\nb',
      `session:${'x'.repeat(257)}`,
      'task:123',
    ]) {
      expect(sessionFromSubPageId(hostile)).toBeNull();
    }
  });

  it('accepts Teams’ base64 meeting ids and the simulator’s', () => {
    expect(isSessionId(MEETING)).toBe(true);
    expect(isSessionId('sim-0a1b2c')).toBe(true);
  });
});

describe('the manifest', () => {
  const manifest = JSON.parse(readFileSync(path.join(__dirname, '../../manifest/manifest.json'), 'utf8')) as {
    staticTabs: { entityId: string }[];
    configurableTabs: { context: string[] }[];
  };

  it('names My coaching with the entity id the deep link opens', () => {
    expect(manifest.staticTabs.map((t) => t.entityId)).toContain(MY_COACHING_ENTITY_ID);
  });

  it('puts the configurable tab (whose entity id the configuration saves) in the meeting chat', () => {
    expect(manifest.configurableTabs[0]?.context).toEqual(expect.arrayContaining(['meetingChatTab', 'meetingDetailsTab']));
  });
});
