import { STAGE_LABELS, type EpochMs } from '../../../domain';
import { FOLLOW_UP_KIND_LABELS, formatDateTime, formatDuration, formatLocalDate, toDateTimeLocalValue } from '../../format';
import { CAUSE_REVIEW_LABELS, describeChange, describeConfidence, describePerson, loopsLabel, STEP_REVIEW_LABELS } from './notesText';
import type { NotesStatement, SessionNotes } from './sessionNotes';

// The notes as a Markdown file. Pure: no React, no DOM. Every text that came
// from a person (statements, names, reasons) and every formatted value goes
// through `escapeMarkdown`, so it reads literally in any CommonMark or GitHub
// renderer: a typed "# title", "*", "[link](x)", "<script>" or "1." stays text.

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

const byLine = (s: NotesStatement) => `${describePerson(s.by)}, ${formatDateTime(s.at)}`;

/** A bulleted list, or the empty-state sentence. */
function bullets(items: string[], empty: string): string[] {
  return items.length === 0 ? [empty] : items.map((item) => `- ${item}`);
}

/** A quotation of someone's words: each line inside the quote. */
const quote = (text: string) => `> ${e(text, '> ')}`;

/** The session's notes as a Markdown document (ends with a newline). */
export function notesMarkdown(notes: SessionNotes): string {
  const out: string[] = [];
  const block = (...lines: string[]) => out.push(...lines, '');
  const { challenge, timeline, followUp } = notes;

  block('# Stagecoach session notes');
  block(
    `- Session began: ${e(formatDateTime(notes.createdAt))}`,
    `- Coach: ${notes.coach === null ? 'nobody yet' : e(notes.coach)}`,
    `- Coachee: ${notes.coachee === null ? 'nobody yet' : e(notes.coachee)}`,
    `- Current stage: ${STAGE_LABELS[notes.stage]} (${notes.criteriaMet} of ${notes.criteriaTotal} criteria met)`,
  );

  if (notes.lastTime) {
    const last = notes.lastTime;
    block(`## Last time (${e(formatLocalDate(last.fromDate))})`);
    if (last.challenge) block(e(last.challenge));
    if (last.chosenOption) block(`Chosen option: ${e(last.chosenOption)}`);
    block('### What happened to the steps');
    block(
      ...bullets(
        last.steps.map(
          (s) =>
            `${e(s.text, '  ')} — who: ${e(s.ownerName)}; by when: ${e(formatLocalDate(s.due))}; ` +
            (s.review ? STEP_REVIEW_LABELS[s.review].toLowerCase() : 'not reviewed yet'),
        ),
        'There were no next steps.',
      ),
    );
    if (last.causes.length > 0) {
      block('### Were the causes right?');
      block(
        ...last.causes.map(
          (c) =>
            `- ${e(c.text, '  ')} — said by ${e(c.authorName)}; ${c.review ? CAUSE_REVIEW_LABELS[c.review].toLowerCase() : 'not reviewed yet'}`,
        ),
      );
    }
  }

  block('## Challenge');
  if (challenge.current) {
    block(e(challenge.current.text));
    const agreed = challenge.agreedBy.length > 0 ? ` Agreed by ${e(challenge.agreedBy.join(', '))}.` : ' Not agreed yet.';
    block(`Stated by ${e(byLine(challenge.current))}.${agreed}`);
  } else {
    block('No challenge stated yet.');
  }
  if (challenge.earlier.length > 0) {
    block('### Earlier definitions');
    block(...challenge.earlier.map((v) => `- ${e(v.text, '  ')} — ${e(byLine(v))}`));
  }

  block('## Causes');
  block(
    ...bullets(
      notes.causes.map((c) => `${e(c.text, '  ')} — proposed by ${e(describePerson(c.by))}`),
      'No causes yet.',
    ),
  );

  block('## Options');
  block(
    ...bullets(
      notes.options.map((o) => `${e(o.text, '  ')} — proposed by ${e(describePerson(o.by))}${o.chosen ? ' **(chosen)**' : ''}`),
      'No options yet.',
    ),
  );

  block('## Chosen option');
  block(
    notes.chosenOption
      ? `${e(notes.chosenOption.text)} — proposed by ${e(describePerson(notes.chosenOption.by))}`
      : 'No option chosen yet.',
  );

  block('## Next steps');
  block(
    ...bullets(
      notes.nextSteps.map(
        (s) =>
          `[${s.done ? 'x' : ' '}] ${e(s.text, '      ')} — who: ${e(describePerson(s.owner))}; ` +
          `by when: ${e(formatLocalDate(s.due))}; ${s.done ? 'done' : 'not done yet'}`,
      ),
      'No next steps yet.',
    ),
  );

  if (notes.confidence) {
    const { confidence } = notes;
    const anyway = confidence.wentOnAnyway;
    block('## Confidence in the plan');
    block(
      `- Confidence: ${e(describeConfidence(confidence))}`,
      `- Recorded: ${e(formatDateTime(confidence.at))}`,
      ...(anyway ? [`- Went on anyway: ${e(formatDateTime(anyway.at))}, at ${anyway.value} of 5`] : []),
      ...(anyway?.reason ? [`- Why: ${e(anyway.reason, '  ')}`] : []),
    );
  }

  block('## Coachee’s summary');
  if (notes.coacheeSummary) {
    // A blank line between: the caption would otherwise continue the quote.
    block(quote(notes.coacheeSummary.text));
    block(`— ${e(byLine(notes.coacheeSummary))}`);
  } else {
    block('No summary yet.');
  }

  block('## Follow-up');
  if (followUp) {
    const coach = notes.coach ?? 'the coach';
    const coachee = notes.coachee ?? 'the coachee';
    block(
      `- Kind: ${FOLLOW_UP_KIND_LABELS[followUp.kind]}`,
      `- When: ${followUp.start === null ? 'no time chosen yet' : e(formatDateTime(followUp.start))}`,
      `- Length: ${e(formatDuration(followUp.durationMinutes * 60_000))}`,
      `- On ${e(coach)}’s calendar: ${followUp.onCoachCalendar ? 'yes' : 'not yet'}`,
      `- Accepted by ${e(coachee)}: ${followUp.acceptedByCoachee ? 'yes' : 'not yet'}`,
    );
  } else {
    block('No follow-up planned yet.');
  }

  block('## Coach’s affirmation');
  block(notes.affirmation ? quote(notes.affirmation.text) : 'No affirmation yet.');

  block('## Stage timeline');
  block(`Path taken: ${timeline.path.map((s) => STAGE_LABELS[s]).join(' → ')} (${loopsLabel(timeline.loopsBack)})`);
  block(
    '| Stage | Time spent | Visits |',
    '| --- | --- | --- |',
    ...timeline.times.map(
      (t) => `| ${STAGE_LABELS[t.stage]} | ${t.visits === 0 ? 'not visited' : e(formatDuration(t.ms))} | ${t.visits} |`,
    ),
  );
  block('### Stage changes');
  block(
    ...timeline.changes.map((c, i) => {
      const indent = ' '.repeat(String(i + 1).length + 2);
      const reason = c.reason === null ? '' : ` Reason: ${e(c.reason, indent)}`;
      return `${i + 1}. ${e(formatDateTime(c.at))} — ${e(describeChange(c))}.${reason}`;
    }),
  );
  return `${out.join('\n').trimEnd()}\n`;
}
