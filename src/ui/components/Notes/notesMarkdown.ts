import type { EpochMs } from '../../../domain';
import type { Words } from '../../../words';
import { followUpKindLabel, formatDuration, stageLabel, toDateTimeLocalValue } from '../../format';
import { describeChange, describeConfidence, describePerson, pathText, personName } from './notesText';
import type { NotesStatement, SessionNotes } from './sessionNotes';

// The notes as a Markdown file, in the reader's language. Pure: no React, no
// DOM. Every sentence, with the texts that came from a person (statements,
// names, reasons) and the formatted values in it, goes through
// `escapeMarkdown`, so it reads literally in any CommonMark or GitHub
// renderer: a typed "# title", "*", "[link](x)", "<script>" or "1." stays
// text. The Markdown itself (headings, bullets, quotes, the table) is the
// code's, never a message's.

/** Characters with a meaning anywhere in a line: emphasis, code, links, HTML, entities, tables, strikethrough, maths. */
const INLINE = /[\\`*_[\]<>&|~$]/g;
/** Characters that start a block at the beginning of a line: headings, quotes, lists, setext underlines. */
const LINE_START = /^([#>+=-])/;
/** "1." or "1)" at the beginning of a line starts an ordered list. */
const ORDERED_MARKER = /^(\d+)([.)])/;

/**
 * `text` as Markdown that renders exactly as typed. Every line is escaped as
 * if it began a block (over-escaping is harmless: "\." renders "."), leading
 * and trailing spaces go (they would make code blocks or hard breaks), and
 * blank lines go (they would end the list item or quote it sits in). Line
 * breaks stay, as hard breaks, with `continuation` (the indent or "> " of the
 * block it sits in) before each following line.
 */
export function escapeMarkdown(text: string, continuation = ''): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => line.replace(INLINE, '\\$&').replace(LINE_START, '\\$1').replace(ORDERED_MARKER, '$1\\$2'))
    .join(`\\\n${continuation}`);
}

const e = escapeMarkdown;

/** `stagecoach-notes-YYYY-MM-DD.md`, dated the day the session began (local time). */
export function notesFileName(createdAt: EpochMs): string {
  return `stagecoach-notes-${toDateTimeLocalValue(createdAt).slice(0, 10)}.md`;
}

/** A bulleted list, or the empty-state sentence. */
function bullets(items: string[], empty: string): string[] {
  return items.length === 0 ? [empty] : items.map((item) => `- ${item}`);
}

/** A quotation of someone's words: each line inside the quote. */
const quote = (text: string) => `> ${e(text, '> ')}`;

/** The session's notes as a Markdown document in `words`' language (ends with a newline). */
export function notesMarkdown(words: Words, notes: SessionNotes): string {
  const out: string[] = [];
  const block = (...lines: string[]) => out.push(...lines, '');
  const { challenge, timeline, followUp } = notes;
  const t: Words['t'] = (id, values) => words.t(id, values);
  const when = (at: EpochMs) => words.dateTime(at);
  const person = (s: NotesStatement) => describePerson(words, s.by);
  const yes = (done: boolean) => (done ? 'yes' : 'no');

  block(`# ${e(t('notes.md.title'))}`);
  block(
    `- ${e(t('notes.md.began', { when: when(notes.createdAt) }))}`,
    `- ${e(notes.coach === null ? t('notes.md.coachNobody') : t('notes.md.coach', { name: notes.coach }))}`,
    `- ${e(notes.coachee === null ? t('notes.md.coacheeNobody') : t('notes.md.coachee', { name: notes.coachee }))}`,
    `- ${e(t('notes.md.stage', { stage: stageLabel(words, notes.stage), met: notes.criteriaMet, total: notes.criteriaTotal }))}`,
  );

  if (notes.lastTime) {
    const last = notes.lastTime;
    block(`## ${e(t('notes.lastTime.title', { date: words.date(last.fromDate) }))}`);
    if (last.challenge) block(e(last.challenge));
    if (last.chosenOption) block(e(t('notes.lastTime.chosenOption', { option: last.chosenOption })));
    block(`### ${e(t('notes.lastTime.steps'))}`);
    block(
      ...bullets(
        last.steps.map((s) =>
          e(t('notes.md.lastStep', { text: s.text, owner: s.ownerName, due: words.date(s.due), review: s.review ?? 'none' }), '  '),
        ),
        e(t('notes.lastTime.noSteps')),
      ),
    );
    if (last.causes.length > 0) {
      block(`### ${e(t('notes.lastTime.causes'))}`);
      block(
        ...last.causes.map(
          (c) => `- ${e(t('notes.md.lastCause', { text: c.text, name: c.authorName, review: c.review ?? 'none' }), '  ')}`,
        ),
      );
    }
  }

  block(`## ${e(t('notes.challenge.title'))}`);
  if (challenge.current) {
    const { current } = challenge;
    block(e(current.text));
    const agreed =
      challenge.agreedBy.length > 0
        ? t('notes.challenge.agreedBy', { names: words.list(challenge.agreedBy.map((p) => personName(words, p))) })
        : t('notes.challenge.notAgreed');
    block(`${e(t('notes.challenge.statedBy', { person: person(current), when: when(current.at) }))} ${e(agreed)}`);
  } else {
    block(e(t('notes.challenge.none')));
  }
  if (challenge.earlier.length > 0) {
    block(`### ${e(t('notes.challenge.earlier'))}`);
    block(...challenge.earlier.map((v) => `- ${e(t('notes.md.statement', { text: v.text, person: person(v), when: when(v.at) }), '  ')}`));
  }

  block(`## ${e(t('notes.causes.title'))}`);
  block(
    ...bullets(
      notes.causes.map((c) => e(t('notes.md.proposed', { text: c.text, person: person(c) }), '  ')),
      e(t('notes.causes.none')),
    ),
  );

  block(`## ${e(t('notes.options.title'))}`);
  block(
    ...bullets(
      notes.options.map(
        (o) =>
          `${e(t('notes.md.proposed', { text: o.text, person: person(o) }), '  ')}${o.chosen ? ` **${e(t('notes.option.chosenMark'))}**` : ''}`,
      ),
      e(t('notes.options.none')),
    ),
  );

  block(`## ${e(t('notes.chosenOption.title'))}`);
  block(
    notes.chosenOption
      ? e(t('notes.md.proposed', { text: notes.chosenOption.text, person: person(notes.chosenOption) }))
      : e(t('notes.chosenOption.none')),
  );

  block(`## ${e(t('notes.nextSteps.title'))}`);
  block(
    ...bullets(
      notes.nextSteps.map(
        (s) =>
          `[${s.done ? 'x' : ' '}] ` +
          e(
            t('notes.md.step', { text: s.text, owner: describePerson(words, s.owner), due: words.date(s.due), done: yes(s.done) }),
            '      ',
          ),
      ),
      e(t('notes.nextSteps.none')),
    ),
  );

  if (notes.confidence) {
    const { confidence } = notes;
    const anyway = confidence.wentOnAnyway;
    block(`## ${e(t('notes.confidence.title'))}`);
    block(
      `- ${e(t('notes.md.confidence', { confidence: describeConfidence(words, confidence) }))}`,
      `- ${e(t('notes.md.recorded', { when: when(confidence.at) }))}`,
      ...(anyway ? [`- ${e(t('notes.md.wentOn', { when: when(anyway.at), value: anyway.value }))}`] : []),
      ...(anyway?.reason ? [`- ${e(t('notes.md.why', { reason: anyway.reason }), '  ')}`] : []),
    );
  }

  block(`## ${e(t('notes.summary.title'))}`);
  if (notes.coacheeSummary) {
    // A blank line between: the caption would otherwise continue the quote.
    block(quote(notes.coacheeSummary.text));
    block(`— ${e(t('notes.byLine', { person: person(notes.coacheeSummary), when: when(notes.coacheeSummary.at) }))}`);
  } else {
    block(e(t('notes.summary.none')));
  }

  block(`## ${e(t('notes.followUp.title'))}`);
  if (followUp) {
    const onCalendar = yes(followUp.onCoachCalendar);
    const accepted = yes(followUp.acceptedByCoachee);
    block(
      `- ${e(t('notes.md.kind', { kind: followUpKindLabel(words, followUp.kind) }))}`,
      `- ${e(followUp.start === null ? t('notes.md.whenNone') : t('notes.md.when', { when: when(followUp.start) }))}`,
      `- ${e(t('notes.md.length', { length: formatDuration(words, followUp.durationMinutes * 60_000) }))}`,
      `- ${e(
        notes.coach === null
          ? t('notes.md.onCoachCalendarUnnamed', { done: onCalendar })
          : t('notes.md.onCoachCalendar', { name: notes.coach, done: onCalendar }),
      )}`,
      `- ${e(
        notes.coachee === null
          ? t('notes.md.acceptedByUnnamed', { done: accepted })
          : t('notes.md.acceptedBy', { name: notes.coachee, done: accepted }),
      )}`,
    );
  } else {
    block(e(t('notes.followUp.none')));
  }

  block(`## ${e(t('notes.affirmation.title'))}`);
  block(notes.affirmation ? quote(notes.affirmation.text) : e(t('notes.affirmation.none')));

  block(`## ${e(t('notes.timeline.title'))}`);
  block(e(t('notes.md.path', { path: pathText(words, timeline.path), count: timeline.loopsBack })));
  block(
    `| ${e(t('notes.timeline.stage'))} | ${e(t('notes.timeline.timeSpent'))} | ${e(t('notes.timeline.visits'))} |`,
    '| --- | --- | --- |',
    ...timeline.times.map(
      (s) =>
        `| ${e(stageLabel(words, s.stage))} | ${e(s.visits === 0 ? t('notes.md.notVisited') : formatDuration(words, s.ms))} | ${e(words.number(s.visits))} |`,
    ),
  );
  block(`### ${e(t('notes.timeline.changes'))}`);
  block(
    ...timeline.changes.map((c, i) => {
      const indent = ' '.repeat(String(i + 1).length + 2);
      const reason = c.reason === null ? '' : ` ${e(t('notes.change.reason', { reason: c.reason }), indent)}`;
      return `${i + 1}. ${e(when(c.at))} — ${e(describeChange(words, c))}${reason}`;
    }),
  );
  return `${out.join('\n').trimEnd()}\n`;
}
