import { useId } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import type { SessionState } from '../../../domain';
import { ChallengeCard, NextStepsCard, OptionsCard } from './AgreementCards';
import { AffirmationCard, FollowUpCard, SummaryCard } from './ClosureCards';
import { stageSummaryOf } from './stageSummary';
import { useStageSummaryStyles } from './useStageSummaryStyles.styles';

export interface StageSummaryProps {
  session: SessionState;
}

/**
 * The meeting stage's body: the agreement (challenge, options with the
 * chosen one first, next steps), then, once Close has begun, the closure
 * (summary, follow-up on both calendars, affirmation) beside it. Read-only.
 * In a chunk of its own (lazyStageSummary.ts): Fluent's Card brings the
 * focus manager, which neither page needs before the session has arrived.
 */
export default function StageSummary({ session }: StageSummaryProps) {
  const styles = useStageSummaryStyles();
  const agreementId = useId();
  const closureId = useId();
  const data = stageSummaryOf(session);
  return (
    <div className={mergeClasses(styles.root, data.closureStarted && styles.rootWithClosure)}>
      <section aria-labelledby={agreementId} className={styles.block}>
        <h2 id={agreementId} className={styles.blockHeading}>
          The agreement
        </h2>
        <div className={data.closureStarted ? styles.cards : styles.cardsSpread}>
          <ChallengeCard challenge={data.challenge} />
          <OptionsCard chosen={data.chosenOption} others={data.otherOptions} />
          <NextStepsCard steps={data.steps} />
        </div>
      </section>
      {data.closureStarted && (
        <section aria-labelledby={closureId} className={styles.block}>
          <h2 id={closureId} className={styles.blockHeading}>
            Closing
          </h2>
          <div className={styles.cards}>
            <SummaryCard summary={data.summary} />
            <FollowUpCard followUp={data.followUp} coachName={data.coachName} coacheeName={data.coacheeName} />
            <AffirmationCard affirmation={data.affirmation} />
          </div>
        </section>
      )}
    </div>
  );
}
