import { Button, Spinner } from '@fluentui/react-components';
import { useId } from 'react';
import type { Failure, SeriesOccurrence } from '../../../ports';
import { failureText } from '../../content/failures';
import { useWords } from '../../words';
import { useSectionStyles } from '../shared';
import { CalendarFailure } from './CalendarFailure';
import type { OccurrenceLookup } from './useNextOccurrence';
import { useSeriesOfferStyles } from './useSeriesOfferStyles.styles';

export interface SeriesOfferProps {
  lookup: OccurrenceLookup;
  onRetryLookup(): void;
  coacheeName: string;
  /** The coach's IANA zone: the occurrence is said in it. */
  timeZone: string;
  /** Puts the plan on that occurrence. */
  onUse(occurrence: SeriesOccurrence): void;
  /** The plan is being added to it. */
  pending: boolean;
  /** Why adding the plan failed, with a retry where one can help. */
  failure: Failure | null;
  onRetryUse(): void;
}

/**
 * The pair's next recurring 1:1, offered before the free-time finder: the
 * plan can ride on it instead of a new meeting. When someone else organizes
 * the series, says so plainly; a new meeting stays one step below.
 */
export function SeriesOffer({ lookup, onRetryLookup, coacheeName, timeZone, onUse, pending, failure, onRetryUse }: SeriesOfferProps) {
  const section = useSectionStyles();
  const styles = useSeriesOfferStyles();
  const words = useWords();
  const labelId = useId();
  const when = (occurrence: SeriesOccurrence) => words.dateTime(occurrence.start, { timeZone, dateStyle: 'full' });

  switch (lookup.state) {
    case 'idle':
      return null;
    case 'looking':
      return (
        <div role="status" data-series="looking">
          <Spinner size="tiny" labelPosition="after" label={words.t('panel.followUp.series.looking', { coachee: coacheeName })} />
        </div>
      );
    case 'failed':
      return (
        // Quiet, not an alert: nobody asked for this look, and a new meeting stays one step below.
        <div className={section.form} data-series="failed">
          <p className={section.hint}>
            {words.t('panel.followUp.series.lookupFailed', { coachee: coacheeName })} {failureText(words, lookup.failure)}
          </p>
          {lookup.failure.retryable && (
            <div className={section.actions}>
              <Button size="small" onClick={onRetryLookup}>
                {words.t('panel.followUp.series.lookAgain')}
              </Button>
            </div>
          )}
        </div>
      );
    case 'found':
      break;
  }
  const { next } = lookup;
  switch (next.kind) {
    case 'none':
      return null;
    case 'notOrganizer':
      return (
        <p role="status" className={section.text} data-series="notOrganizer">
          {next.organizerName === null
            ? words.t('panel.followUp.series.notOrganizerUnnamed', { coachee: coacheeName, when: when(next.occurrence) })
            : words.t('panel.followUp.series.notOrganizer', {
                coachee: coacheeName,
                when: when(next.occurrence),
                organizer: next.organizerName,
              })}
        </p>
      );
    case 'usable':
      return (
        <div role="group" aria-labelledby={labelId} className={styles.offer} data-series="usable">
          <p id={labelId} className={section.hint}>
            {words.t('panel.followUp.series.label', { coachee: coacheeName })}
          </p>
          <div className={section.actions}>
            <Button appearance="primary" className={styles.use} onClick={() => onUse(next.occurrence)} disabled={pending}>
              {words.t('panel.followUp.series.use', { when: when(next.occurrence) })}
            </Button>
            {pending && <Spinner size="tiny" label={words.t('panel.followUp.series.adding')} />}
          </div>
          <p className={section.hint}>{words.t('panel.followUp.series.useHint', { coachee: coacheeName })}</p>
          <CalendarFailure failure={failure} onRetry={onRetryUse} disabled={pending} />
        </div>
      );
  }
}
