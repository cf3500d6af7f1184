/**
 * @jest-environment jsdom
 */
import { decodeEntities, linksIn, MAX_LINKS } from '../../src/simulator/inviteLinks';
import {
  COACH,
  COACHEE,
  OBSERVER,
  forgetNotesRequest,
  isSimulatorNotesLink,
  linkFollowedBy,
  meetingIdFrom,
  notesRequestedFrom,
} from '../../src/simulator/meetingAddress';
import { notesLink } from '../../src/teams/appUrls';

// The app's notes link in the simulator, read back by the simulator page: the
// meeting it names, the notes tab, and whose client opens it.

const SIMULATOR = 'http://127.0.0.1:3000/';
const PEOPLE = [COACH, COACHEE];

/** The link the app's side panel makes in the simulator (its page is beside the simulator's). */
const appLink = (meetingId: string) =>
  notesLink({
    teamsAppId: '',
    sessionId: meetingId,
    chatId: `19:meeting_${meetingId}@thread.v2`,
    tenantId: null,
    pageAddress: `${SIMULATOR}sidePanel.html?theme=default`,
    simulated: true,
  });

const searchOf = (href: string) => new URL(href).search;

describe('the app’s notes link, as the simulator reads it', () => {
  it('names the meeting and opens its notes tab, as the coach by default', () => {
    const link = appLink('sim-0a1b2c');
    expect(meetingIdFrom(searchOf(link))).toBe('sim-0a1b2c');
    expect(notesRequestedFrom(searchOf(link), PEOPLE)).toBe(COACH);
    expect(isSimulatorNotesLink(link, SIMULATOR)).toBe(true);
  });

  it('opens it in the client of the person who follows it from their own calendar or To Do', () => {
    const followed = linkFollowedBy(appLink('sim-0a1b2c'), COACHEE, `${SIMULATOR}?meeting=sim-0a1b2c`);
    expect(meetingIdFrom(searchOf(followed))).toBe('sim-0a1b2c');
    expect(notesRequestedFrom(searchOf(followed), PEOPLE)).toBe(COACHEE);
  });

  it('leaves every other link as it is', () => {
    for (const href of [
      'https://teams.microsoft.com/l/entity/0b7b3a0e-2f7c-4c8e-9a37-5d5f6e9c1a20/stagecoach',
      'http://127.0.0.1:3000/?meeting=sim-1', // the simulator, but no notes tab
      'http://127.0.0.1:3001/?meeting=sim-1&tab=notes', // another server
      'http://127.0.0.1:3000/other/?meeting=sim-1&tab=notes', // another page
      'not a link',
    ]) {
      expect(linkFollowedBy(href, COACHEE, SIMULATOR)).toBe(href);
    }
    expect(isSimulatorNotesLink('http://127.0.0.1:3000/index.html?meeting=sim-1&tab=notes', SIMULATOR)).toBe(true);
  });

  it('opens no notes tab for an address that does not ask for it plainly, and no one it does not know', () => {
    expect(notesRequestedFrom('?meeting=sim-1', PEOPLE)).toBeNull();
    expect(notesRequestedFrom('?meeting=sim-1&tab=stage', PEOPLE)).toBeNull();
    expect(notesRequestedFrom('?tab=notes', PEOPLE)).toBeNull();
    expect(notesRequestedFrom('?meeting=../../x&tab=notes', PEOPLE)).toBeNull();
    // An unknown person, or one who has no notes tab here: the coach's client, as the meeting bar opens it.
    expect(notesRequestedFrom(`?meeting=sim-1&tab=notes&as=${OBSERVER.userId}`, PEOPLE)).toBe(COACH);
    expect(notesRequestedFrom('?meeting=sim-1&tab=notes&as=<script>', PEOPLE)).toBe(COACH);
  });

  it('forgets the one-time parameters once followed, keeping the meeting', () => {
    window.history.replaceState(null, '', '/?meeting=sim-1&tab=notes&as=sim-sam&panel=280');
    forgetNotesRequest();
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({ meeting: 'sim-1', panel: '280' });
  });
});

describe('linksIn: the links of an invite’s HTML body', () => {
  it('reads the notes link the app writes, its address unescaped once', () => {
    expect(linksIn('<p><a href="https://x.example/?meeting=sim-1&amp;tab=notes">Open the session notes in Stagecoach</a></p>')).toEqual([
      { href: 'https://x.example/?meeting=sim-1&tab=notes', text: 'Open the session notes in Stagecoach' },
    ]);
  });

  it('keeps only http(s) addresses, whatever their spelling', () => {
    const body = [
      '<a href="javascript:alert(1)">a</a>',
      '<a href=" JaVaScRiPt:alert(1)">b</a>',
      '<a href="&#106;avascript:alert(1)">c</a>',
      "<a href='data:text/html,<script>'>d</a>",
      '<a name="x">e</a>',
      '<a href=https://ok.example/x>f</a>',
    ].join('');
    expect(linksIn(body)).toEqual([{ href: 'https://ok.example/x', text: 'f' }]);
  });

  it('gives plain text for the link, its address when it has none, and at most a few links', () => {
    expect(linksIn('<a href="https://x.example/"><img src=x onerror=alert(1)></a>')).toEqual([
      { href: 'https://x.example/', text: 'https://x.example/' },
    ]);
    expect(linksIn('<a href="https://x.example/">&lt;b&gt;&#x1F680;</a>')[0]!.text).toBe('<b>🚀');
    expect(linksIn('<a href="https://x.example/">x</a>'.repeat(20))).toHaveLength(MAX_LINKS);
  });

  it('decodes only what HTML decodes', () => {
    expect(decodeEntities('&amp;lt; &#0; &#xD800; &bogus;')).toBe('&lt; &#0; &#xD800; &bogus;');
  });
});
