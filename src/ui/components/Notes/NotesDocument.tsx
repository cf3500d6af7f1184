import { Fragment, useId } from 'react';
import { STAGE_LABELS } from '../../../domain';
import { formatDateTime } from '../../format';
import { ChallengeNotes } from './ChallengeNotes';
import { AffirmationNotes, FollowUpNotes, SummaryNotes } from './CloseNotes';
import { ChosenOptionNotes, ContributionNotes } from './ContributionNotes';
import { LastTimeNotes } from './LastTimeNotes';
import { NextStepNotes } from './NextStepNotes';
import type { SessionNotes } from './sessionNotes';
import { TimelineNotes } from './TimelineNotes';
import { useNotesStyles } from './useNotesStyles.styles';

export interface NotesDocumentProps {
  notes: SessionNotes;
  /** The document's heading. @default 'Session notes' */
  title?: string;
}

/**
 * The whole of a session's notes, read-only: a heading (level 1), who and
 * when, then each part as a named region. Plain data in, so any surface can
 * show it: the meeting tab live, later an archived session.
 */
export function NotesDocument({ notes, title = 'Session notes' }: NotesDocumentProps) {
  const styles = useNotesStyles();
  const titleId = useId();
  const facts: [string, string][] = [
    ['Session began', formatDateTime(notes.createdAt)],
    ['Coach', notes.coach ?? 'Nobody yet'],
    ['Coachee', notes.coachee ?? 'Nobody yet'],
    ['Current stage', `${STAGE_LABELS[notes.stage]} (${notes.criteriaMet} of ${notes.criteriaTotal} criteria met)`],
  ];
  return (
    <article aria-labelledby={titleId} className={styles.document}>
      <header className={styles.header}>
        <h1 id={titleId} className={styles.title}>
          {title}
        </h1>
        <dl className={styles.facts}>
          {facts.map(([name, value]) => (
            <Fragment key={name}>
              <dt className={styles.factName}>{name}</dt>
              <dd className={styles.factValue}>{value}</dd>
            </Fragment>
          ))}
        </dl>
      </header>
      {notes.lastTime && <LastTimeNotes lastTime={notes.lastTime} />}
      <ChallengeNotes challenge={notes.challenge} />
      <div className={styles.columns}>
        <ContributionNotes title="Causes" emptyText="No causes yet." items={notes.causes} />
        <ContributionNotes title="Options" emptyText="No options yet." items={notes.options} />
      </div>
      <ChosenOptionNotes option={notes.chosenOption} />
      <NextStepNotes steps={notes.nextSteps} />
      <SummaryNotes summary={notes.coacheeSummary} />
      <FollowUpNotes followUp={notes.followUp} coach={notes.coach} coachee={notes.coachee} />
      <AffirmationNotes affirmation={notes.affirmation} coach={notes.coach} />
      <TimelineNotes timeline={notes.timeline} />
    </article>
  );
}
