// The module itself, not the folder's index: the export is pure and needs no React.
import { escapeMarkdown, notesFileName, notesMarkdown } from '../../../src/ui/components/Notes/notesMarkdown';
import { sessionNotes } from '../../../src/ui/components/Notes/sessionNotes';
import { CARRY_OVER, COACH, COACHEE, FOLLOW_UP_START, MINUTE, NEXT_WEEK, T0, newSession, play } from '../../fixtures/sessions';
import { english, wordsFor } from '../../fixtures/words';
import { fullSession, IN_THREE_DAYS } from '../notesSession';

/** The notes in English, as most readers here read them. */
const markdown = (notes: Parameters<typeof notesMarkdown>[1]) => notesMarkdown(english, notes);

/** What a CommonMark renderer shows for escaped text: a backslash before ASCII punctuation disappears. */
const rendered = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** Characters that mean something to Markdown, left unescaped. */
const UNESCAPED_INLINE = /(^|[^\\])(\\\\)*[`*_[\]<>&|~$]/;
/** A line that would start a heading, quote, list, setext underline or code block. */
const BLOCK_START = /^(\s{4,}|[#>+=-]|\d+[.)])/;

const HOSTILE = [
  '# not a heading',
  '## also not',
  '*bold* and **strong** and _em_ and __strong__',
  '[link](https://example.com) and ![image](x.png) and [ref][1]',
  '`code` and ```fenced```',
  '1. not a list',
  '2) nor this',
  '> not a quote',
  '- not a bullet',
  '+ nor this',
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '&lt;entity&gt; &amp; &#x27;',
  '| a | b |',
  '~~struck~~',
  '$x^2$',
  'back\\slash',
  '---',
  '===',
  '[ ] not a task',
];

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('renders %j literally and starts no block', (text) => {
    const escaped = escapeMarkdown(text);
    expect(rendered(escaped)).toBe(text);
    expect(escaped).not.toMatch(UNESCAPED_INLINE);
    expect(escaped).not.toMatch(BLOCK_START);
  });

  it('escapes what the product names: headings, emphasis, links, code, ordered lists, quotes, HTML', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('*a* _b_')).toBe('\\*a\\* \\_b\\_');
    expect(escapeMarkdown('[link](x)')).toBe('\\[link\\](x)');
    expect(escapeMarkdown('`x`')).toBe('\\`x\\`');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('> quoted')).toBe('\\> quoted');
    expect(escapeMarkdown('<script>')).toBe('\\<script\\>');
  });

  it('keeps line breaks as hard breaks inside the block, and drops what would break out of it', () => {
    const text = 'first line\n\n    # indented heading\r\n1. item\n   ';
    expect(escapeMarkdown(text, '  ')).toBe('first line\\\n  \\# indented heading\\\n  1\\. item');
    // Every continuation line starts with the block's indent, then nothing a block could start with.
    for (const line of escapeMarkdown(text, '  ').split('\n').slice(1)) {
      expect(line.startsWith('  ')).toBe(true);
      expect(line.slice(2)).not.toMatch(BLOCK_START);
    }
  });

  it('leaves right-to-left text and emoji as they are', () => {
    expect(escapeMarkdown('מה מפריע לך? 🙂👍🏽')).toBe('מה מפריע לך? 🙂👍🏽');
  });
});

describe('notesFileName', () => {
  it('names the file after the day the session began', () => {
    // 09:00 UTC is 25 November in every time zone from UTC−9 to UTC+14.
    expect(notesFileName(T0)).toBe('stagecoach-notes-2026-11-25.md');
  });
});

describe('notesMarkdown', () => {
  it('keeps the confidence gate: the value, and going on to Close at low confidence with the reason', () => {
    let s = newSession();
    s = play(s, COACHEE, { type: 'stateChallenge', id: 'c', text: 'Deadlines slip' });
    s = play(s, COACH, { type: 'advance', force: true });
    s = play(s, COACH, { type: 'advance', force: true });
    s = play(s, COACH, { type: 'recordConfidence', value: 2 });
    s = play(s, COACH, { type: 'advance', force: true, reason: 'Sam wants to try it first.' });
    const notes = sessionNotes(s, s.createdAt + 60 * MINUTE);
    expect(notes.confidence).toMatchObject({ value: 2, low: true, wentOnAnyway: { value: 2, reason: 'Sam wants to try it first.' } });
    const md = markdown(notes);
    expect(md).toContain('## Confidence in the plan');
    expect(md).toMatch(/- Confidence: 2 of 5, low: Alex Coach chose to go on to Close anyway/);
    expect(md).toContain('- Why: Sam wants to try it first.');
    expect(md).toMatch(/advanced anyway from Plan to Close, though Plan’s criteria were not met, at confidence 2 of 5/);
  });

  it('leaves the confidence out before it is recorded, and says nothing of going on at a good one', () => {
    expect(markdown(sessionNotes(newSession(), T0))).not.toContain('Confidence');
    let s = newSession();
    s = play(s, COACHEE, { type: 'stateChallenge', id: 'c', text: 'Deadlines slip' });
    s = play(s, COACH, { type: 'advance', force: true });
    s = play(s, COACH, { type: 'advance', force: true });
    s = play(s, COACH, { type: 'recordConfidence', value: 4 });
    s = play(s, COACH, { type: 'advance', force: true });
    const md = markdown(sessionNotes(s, s.createdAt + 60 * MINUTE));
    expect(md).toContain('- Confidence: 4 of 5\n');
    expect(md).not.toContain('Went on anyway');
  });

  it('writes every part of a full session, in order, as Markdown', () => {
    const session = fullSession();
    const md = markdown(sessionNotes(session, session.createdAt + 60 * MINUTE));
    const headings = md.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Stagecoach session notes',
      '## Challenge',
      '### Earlier definitions',
      '## Causes',
      '## Options',
      '## Chosen option',
      '## Next steps',
      '## Confidence in the plan',
      '## Coachee’s summary',
      '## Follow-up',
      '## Coach’s affirmation',
      '## Stage timeline',
      '### Stage changes',
    ]);
    expect(md).toContain('- Coach: Alex Coach\n- Coachee: Sam Coachee\n- Current stage: Close (3 of 3 criteria met)');
    expect(md).toContain('## Challenge\n\nI keep missing the weekly report deadline.\n\nStated by Sam Coachee (coachee), ');
    expect(md).toContain('Agreed by Sam Coachee and Alex Coach.');
    expect(md).toContain(`- The weekly report is late. — Sam Coachee (coachee), ${english.dateTime(T0 + 3 * MINUTE)}`);
    expect(md).toContain(
      '## Causes\n\n- The data arrives on Thursday evening. — proposed by Sam Coachee (coachee)\n' +
        '- The review waits for my manager. — proposed by Alex Coach (coach)\n',
    );
    expect(md).toContain('- Ask for the data on Wednesday. — proposed by Sam Coachee (coachee) **(chosen)**');
    expect(md).toContain('- Move the report to Monday. — proposed by Alex Coach (coach)\n');
    expect(md).toContain('## Chosen option\n\nAsk for the data on Wednesday. — proposed by Sam Coachee (coachee)');
    // Earliest due first; done and open both in words.
    expect(md).toContain(
      `## Next steps\n\n- [x] Ask my manager to review on Fridays. — who: Alex Coach (coach); by when: ${english.date(IN_THREE_DAYS)}; done\n` +
        `- [ ] Agree a Wednesday hand-over with the data team. — who: Sam Coachee (coachee); by when: ${english.date(NEXT_WEEK)}; not done yet\n`,
    );
    expect(md).toContain('## Coachee’s summary\n\n> I will agree a Wednesday hand-over by next week.\n\n— Sam Coachee (coachee), ');
    expect(md).toContain(
      `- Kind: Status update\n- When: ${english.dateTime(FOLLOW_UP_START)}\n- Length: 45 min\n` +
        '- On Alex Coach’s calendar: yes\n- Accepted by Sam Coachee: yes',
    );
    expect(md).toContain('> You have a solid plan, and I have confidence in you.');
    expect(md).toContain('Path taken: Open → Learn → Plan → Learn → Plan → Close (1 loop back)');
    expect(md).toContain('| Stage | Time spent | Visits |\n| --- | --- | --- |\n| Open | 2 min | 1 |\n| Learn |');
    expect(md).toMatch(/\| Learn \| \d+ min \| 2 \|/);
    expect(md).toContain(`\n1. ${escapeMarkdown(english.dateTime(T0))} — The session started in Open.\n`);
    expect(md).toMatch(
      /\n2\. .* — Alex Coach advanced anyway from Open to Learn, though Open’s criteria were not met\. Reason: We agreed the topic before the call\n/,
    );
    expect(md).toMatch(/\n4\. .* — Alex Coach went back from Plan to Learn\. Reason: We have not looked at the review step\n/);
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toContain('\n\n\n');
  });

  it('says what is missing in a session where nothing was captured yet', () => {
    const md = markdown(sessionNotes(newSession(), T0 + 5 * MINUTE));
    for (const empty of [
      'No challenge stated yet.',
      'No causes yet.',
      'No options yet.',
      'No option chosen yet.',
      'No next steps yet.',
      'No summary yet.',
      'No follow-up planned yet.',
      'No affirmation yet.',
    ]) {
      expect(md).toContain(`\n\n${empty}\n`);
    }
    expect(md).not.toContain('Earlier definitions');
    expect(md).toContain('Path taken: Open (no loops back)');
    expect(md).toContain('| Open | 5 min | 1 |\n| Learn | not visited | 0 |');
    expect(md).toMatch(/### Stage changes\n\n1\. .* — The session started in Open\.\n$/);
  });

  it('escapes every typed text, so hostile input cannot add structure', () => {
    let s = newSession();
    const at = (n: number) => n * MINUTE;
    s = play(s, COACHEE, { type: 'stateChallenge', id: 'ch-1', text: '# not a heading\n\n1. <script>alert(1)</script>' }, at(2));
    s = play(s, COACH, { type: 'advance', force: true, reason: '> [link](javascript:alert(1))' }, at(3));
    s = play(s, COACHEE, { type: 'addCause', id: 'c-1', text: '*not emphasis* _nor this_ `nor code`' }, at(4));
    s = play(s, COACH, { type: 'addOption', id: 'o-1', text: '- not a bullet | nor | a table' }, at(5));
    const md = markdown(sessionNotes(s, T0 + at(6)));

    expect(md).toContain('\\# not a heading\\\n1\\. \\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('Reason: \\> \\[link\\](javascript:alert(1))');
    expect(md).toContain('- \\*not emphasis\\* \\_nor this\\_ \\`nor code\\` — proposed by');
    expect(md).toContain('- \\- not a bullet \\| nor \\| a table — proposed by');
    // Only the notes' own headings (no earlier definitions here); no raw HTML anywhere.
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toHaveLength(11);
    expect(md).not.toMatch(/(^|[^\\])<script/);
  });

  it('escapes names too: they are typed by people as well', () => {
    let s = newSession();
    s = play(s, { userId: 'u-odd', displayName: '**Kim** <b>' }, { type: 'join', displayName: '**Kim** <b>' }, 2 * MINUTE);
    s = play(s, COACH, { type: 'assignRole', userId: 'u-odd', role: 'coachee' }, 3 * MINUTE);
    const md = markdown(sessionNotes(s, T0 + 4 * MINUTE));
    expect(md).toContain('- Coachee: \\*\\*Kim\\*\\* \\<b\\>');
  });
});

describe('notesMarkdown: last time', () => {
  it('leads with the status update: each earlier step and cause with how it turned out', () => {
    let s = play(newSession(), COACH, CARRY_OVER, 2 * MINUTE);
    s = play(s, COACHEE, { type: 'reviewCarriedStep', id: 'prev-step-1', review: 'done' }, 3 * MINUTE);
    s = play(s, COACHEE, { type: 'reviewCarriedCause', id: 'prev-cause-1', review: 'wrong' }, 4 * MINUTE);
    const md = markdown(sessionNotes(s, T0 + 5 * MINUTE));
    expect(md.indexOf('## Last time')).toBeLessThan(md.indexOf('## Challenge'));
    expect(md).toContain(`## Last time (${english.date('2026-11-11')})`);
    expect(md).toContain('- Agree a Wednesday hand-over — who: Sam Coachee;');
    expect(md).toMatch(/Agree a Wednesday hand-over .*; done\n/);
    expect(md).toMatch(/Draft the report template .*; not reviewed yet\n/);
    expect(md).toContain('- The data arrives on Thursday evening. — said by Sam Coachee; turned out wrong');
  });

  it('has no such part without a previous plan', () => {
    expect(markdown(sessionNotes(newSession(), T0))).not.toContain('Last time');
  });
});

describe('notesMarkdown in German', () => {
  const german = wordsFor('de-DE');
  const session = fullSession();
  const md = notesMarkdown(german, sessionNotes(session, session.createdAt + 60 * MINUTE));

  it('writes its headings in German, in the same order and structure', () => {
    expect(md.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '# Stagecoach-Sitzungsnotizen',
      '## Herausforderung',
      '### Frühere Fassungen',
      '## Ursachen',
      '## Optionen',
      '## Gewählte Option',
      '## Nächste Schritte',
      '## Zuversicht in den Plan',
      '## Zusammenfassung des Coachees',
      '## Folgegespräch',
      '## Bestärkung durch den Coach',
      '## Verlauf der Phasen',
      '### Phasenwechsel',
    ]);
    expect(md).toContain('| Phase | Verbrachte Zeit | Besuche |\n| --- | --- | --- |\n| Öffnen | 2 Min. | 1 |');
  });

  it('writes dates as a German reader reads them, never in English', () => {
    // "25.11.2026, 10:00": day first, dotted; not "Nov 25, 2026, 10:00 AM".
    expect(german.dateTime(T0)).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4}, \d{1,2}:\d{2}$/);
    expect(md).toContain(`- Beginn der Sitzung: ${german.dateTime(T0)}\n`);
    expect(md).toContain(`bis wann: ${german.date(NEXT_WEEK)}; noch nicht erledigt\n`);
    expect(md).toContain(`- Wann: ${german.dateTime(FOLLOW_UP_START)}\n`);
    for (const englishDate of [english.dateTime(T0), english.date(NEXT_WEEK), english.dateTime(FOLLOW_UP_START)]) {
      expect(md).not.toContain(englishDate);
    }
  });

  it('says its sentences in German, with German plurals and lists', () => {
    expect(md).toContain('- Aktuelle Phase: Abschließen (3 von 3 Kriterien erfüllt)');
    expect(md).toContain('Zustimmung von Sam Coachee und Alex Coach.');
    expect(md).toContain('Bisheriger Weg: Öffnen → Verstehen → Planen → Verstehen → Planen → Abschließen (1 Schritt zurück)');
    expect(md).toContain('- Art: Statusgespräch\n');
    expect(md).toMatch(/Alex Coach ist von „Planen“ zurück zu „Verstehen“ gegangen\. Grund: We have not looked at the review step\n/);
    expect(md).not.toMatch(/Session notes|Challenge|Next steps|criteria met|proposed by/);
  });
});
