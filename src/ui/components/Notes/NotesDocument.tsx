import { createElement, useId } from 'react';
import { roleLabel, stageLabel } from '../../format';
import { useWords } from '../../words';
import { ChallengeNotes } from './ChallengeNotes';
import { AffirmationNotes, FollowUpNotes, SummaryNotes } from './CloseNotes';
import { ConfidenceNotes } from './ConfidenceNotes';
import { ChosenOptionNotes, ContributionNotes } from './ContributionNotes';
import { FactList } from './FactList';
import { LastTimeNotes } from './LastTimeNotes';
import { NextStepNotes } from './NextStepNotes';
import type { SessionNotes } from './sessionNotes';
import { TimelineNotes } from './TimelineNotes';
import { HeadingOffset, headingTag } from './headingLevel';
import { useNotesStyles } from './useNotesStyles.styles';

export interface NotesDocumentProps {
  notes: SessionNotes;
  /** The document's heading. @default "Session notes", in the reader's words */
  title?: string;
  /** Its heading's level: 1 for the page's own notes, deeper when it opens inside a list. @default 1 */
  headingLevel?: number;
}

/**
 * The whole of a session's notes, read-only: a heading (level 1, or deeper when nested), who and
 * when, then each part as a named region. Plain data in, so any surface can
 * show it: the meeting tab live, later an archived session.
 */
export function NotesDocument({ notes, title, headingLevel = 1 }: NotesDocumentProps) {
  const styles = useNotesStyles();
  const words = useWords();
  const titleId = useId();
  const nobody = words.t('notes.facts.nobodyYet');
  const facts: [string, string][] = [
    [words.t('notes.facts.began'), words.dateTime(notes.createdAt)],
    [roleLabel(words, 'coach'), notes.coach ?? nobody],
    [roleLabel(words, 'coachee'), notes.coachee ?? nobody],
    [
      words.t('notes.facts.stage'),
      words.t('notes.facts.stageValue', { stage: stageLabel(words, notes.stage), met: notes.criteriaMet, total: notes.criteriaTotal }),
    ],
  ];
  return (
    <HeadingOffset.Provider value={headingLevel - 1}>
      <article aria-labelledby={titleId} className={styles.document}>
        <header className={styles.header}>
          {createElement(headingTag(headingLevel), { id: titleId, className: styles.title }, title ?? words.t('notes.document.title'))}
          <FactList facts={facts} />
        </header>
        {notes.lastTime && <LastTimeNotes lastTime={notes.lastTime} />}
        <ChallengeNotes challenge={notes.challenge} />
        <div className={styles.columns}>
          <ContributionNotes title={words.t('notes.causes.title')} emptyText={words.t('notes.causes.none')} items={notes.causes} />
          <ContributionNotes title={words.t('notes.options.title')} emptyText={words.t('notes.options.none')} items={notes.options} />
        </div>
        <ChosenOptionNotes option={notes.chosenOption} />
        <NextStepNotes steps={notes.nextSteps} />
        <ConfidenceNotes confidence={notes.confidence} />
        <SummaryNotes summary={notes.coacheeSummary} />
        <FollowUpNotes followUp={notes.followUp} coach={notes.coach} coachee={notes.coachee} />
        <AffirmationNotes affirmation={notes.affirmation} coach={notes.coach} />
        <TimelineNotes timeline={notes.timeline} />
      </article>
    </HeadingOffset.Provider>
  );
}
