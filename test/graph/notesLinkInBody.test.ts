import { htmlChatMessage } from '../../src/graph/chatSummary';
import { escapeHtml } from '../../src/graph/escapeHtml';
import { followUpProblem } from '../../src/graph/requestChecks';
import { buildFollowUpEvent } from '../../src/graph/requests';
import { newTaskBody } from '../../src/graph/todoTasks';
import { linksIn } from '../../src/simulator/inviteLinks';
import { notesLink, type NotesLinkPlace } from '../../src/teams/appUrls';
import { english } from '../fixtures/words';
import { NOW, followUp, graphSchema } from './helpers';

// Each form of the notes link, as it reaches the invite's body, the chat
// summary and each To Do task: escaped in the HTML, the same address when a
// mail client reads the body back, and within what Graph takes.

const PLACE: NotesLinkPlace = {
  teamsAppId: '0b7b3a0e-2f7c-4c8e-9a37-5d5f6e9c1a20',
  sessionId: 'MCMxOTptZWV0aW5nX05qRTV@thread.v2#0==',
  chatId: '19:meeting_NjE5NGVlNjUtNWU4My00ZGNh@thread.v2',
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  pageAddress: 'https://stagecoach.contoso.com/sidePanel.html?theme=default',
  simulated: false,
};

const FORMS: [string, NotesLinkPlace][] = [
  ['the meeting chat’s notes tab', PLACE],
  ['My coaching on the session', { ...PLACE, chatId: null }],
  ['the meeting chat (no app id)', { ...PLACE, teamsAppId: '' }],
  ['My coaching’s page (no app id, no chat)', { ...PLACE, teamsAppId: '', chatId: null }],
  [
    'the simulator’s notes tab',
    { ...PLACE, simulated: true, sessionId: 'sim-0a1b2c', pageAddress: 'http://127.0.0.1:3000/sidePanel.html' },
  ],
];

describe.each(FORMS)('the notes link to %s', (_form, place) => {
  const notesUrl = notesLink(place);

  it('is in the invite’s body, escaped, and reads back as the same address', () => {
    const built = buildFollowUpEvent(followUp({ notesUrl }), NOW);
    if (!built.ok) throw new Error(JSON.stringify(built.failure));
    const html = built.body.body!.content!;
    expect(html).toContain(`<a href="${escapeHtml(new URL(notesUrl).href)}">`);
    expect(linksIn(html).map((l) => l.href)).toEqual([new URL(notesUrl).href]);
  });

  it('is in the chat summary the same way', () => {
    const html = htmlChatMessage(followUp({ notesUrl })).body!.content!;
    expect(linksIn(html).map((l) => l.href)).toEqual([new URL(notesUrl).href]);
  });

  it('is each To Do task’s link back, as Graph’s schema takes it', () => {
    const body = newTaskBody(
      'session-1',
      { stepId: 'step-1', text: 'Pair with QA', due: '2026-12-02', done: false },
      { url: notesUrl, label: english.t('documents.tasks.notesLink') },
      'Europe/Berlin',
    );
    expect(body.linkedResources.map((l) => l.webUrl)).toEqual([notesUrl]);
    const valid = graphSchema('todoTask');
    expect(valid(body)).toBe(true);
  });

  it('passes the request checks', () => {
    expect(followUpProblem(followUp({ notesUrl }), NOW)).toBeNull();
  });
});

it('leaves a link that is not http(s) out of the invite and the chat, never written as a link', () => {
  for (const notesUrl of ['javascript:alert(1)', 'data:text/html,<b>x</b>', '"><script>alert(1)</script>']) {
    const built = buildFollowUpEvent(followUp({ notesUrl }), NOW);
    if (!built.ok) throw new Error(JSON.stringify(built.failure));
    expect(built.body.body!.content).not.toContain('<a ');
    expect(htmlChatMessage(followUp({ notesUrl })).body!.content).not.toContain('<a ');
  }
});
