import { useId } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import type { EpochMs, SessionState } from '../../../domain';
import { ChallengeCard, NextStepsCard, OptionsCard } from './AgreementCards';
import { AffirmationCard, FollowUpCard, SummaryCard } from './ClosureCards';
import { StageProgress } from './StageProgress';
import { stageSummaryOf } from './stageSummary';
import { useStageSummaryStyles } from './useStageSummaryStyles.styles';
import { useWords } from '../../words';

export interface StageSummaryProps {
  session: SessionState;
  /** The time "time in stage" is measured up to. */
  now: EpochMs;
}

/**
 * The meeting stage's body: where the pair are, then the agreement
 * (challenge, options with the chosen one first, next steps), then, once
 * Close has begun, the closure (summary, follow-up on both calendars,
 * affirmation) beside it. Read-only.
 *
 * In a chunk of its own (lazyStageSummary.ts): Fluent's Card brings the focus
 * manager, and the side panel's page, which also shows the stage view when
 * Teams puts it on the stage, must not carry any of it at first paint. The
 * chunk loads while Live Share connects, before there is a session to show.
 */
export default function StageSummary({ session, now }: StageSummaryProps) {
  const styles = useStageSummaryStyles();
  const words = useWords();
  const agreementId = useId();
  const closureId = useId();
  const data = stageSummaryOf(words, session);
  return (
    <>
      <StageProgress session={session} now={now} />
      <div className={mergeClasses(styles.root, data.closureStarted && styles.rootWithClosure)}>
        <section aria-labelledby={agreementId} className={styles.block}>
          <h2 id={agreementId} className={styles.blockHeading}>
            {words.t('stage.agreement')}
          </h2>
          <div className={data.closureStarted ? styles.cards : styles.cardsSpread}>
            <ChallengeCard challenge={data.challenge} className={styles.challengeArea} />
            <OptionsCard chosen={data.chosenOption} others={data.otherOptions} className={styles.optionsArea} />
            <NextStepsCard steps={data.steps} className={styles.stepsArea} />
          </div>
        </section>
        {data.closureStarted && (
          <section aria-labelledby={closureId} className={styles.block}>
            <h2 id={closureId} className={styles.blockHeading}>
              {words.t('stage.closing')}
            </h2>
            <div className={styles.cards}>
              <SummaryCard summary={data.summary} />
              <FollowUpCard followUp={data.followUp} coachName={data.coachName} coacheeName={data.coacheeName} />
              <AffirmationCard affirmation={data.affirmation} />
            </div>
          </section>
        )}
      </div>
    </>
  );
}
