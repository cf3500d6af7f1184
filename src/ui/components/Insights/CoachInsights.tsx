import { useId, useMemo, useState } from 'react';
import { Select } from '@fluentui/react-components';
import { acrossCoachees, type CoacheeInsights } from '../../../domain';
import { isolate, personName } from '../../format';
import { useWords } from '../../words';
import { acrossCharts, coacheeCharts } from './chartModels';
import { InsightFigure } from './InsightFigure';
import { Readings } from './Readings';
import { useInsightsStyles } from './useInsightsStyles.styles';

/** The picker's value for every coachee at once; a user id is never empty. */
const ALL = '';

function OneCoachee({ coachee }: { coachee: CoacheeInsights }) {
  const styles = useInsightsStyles();
  const words = useWords();
  const name = personName(words, coachee.displayName);
  const models = useMemo(() => coacheeCharts(words, coachee.sessions, name), [words, coachee, name]);
  return (
    <>
      <p className={styles.note}>{words.t('insights.coach.private', { name: isolate(name) })}</p>
      <Readings readings={coachee.readings} subject={{ kind: 'coachee', name }} />
      <div className={styles.figures}>
        {models.map((model) => (
          <InsightFigure
            key={model.id}
            model={model}
            empty={
              model.id === 'followThrough'
                ? words.t('insights.followThrough.none')
                : model.id === 'confidence'
                  ? words.t('insights.confidence.none')
                  : undefined
            }
          />
        ))}
      </div>
    </>
  );
}

function AllCoachees({ coachees }: { coachees: readonly CoacheeInsights[] }) {
  const styles = useInsightsStyles();
  const words = useWords();
  const across = useMemo(() => acrossCoachees(coachees), [coachees]);
  const models = useMemo(() => acrossCharts(words, across), [words, across]);
  const carried = across.followThrough.done + across.followThrough.notDone + across.followThrough.dropped + across.followThrough.unreviewed;
  return (
    <>
      <p className={styles.note}>{words.t('insights.coach.privateAll')}</p>
      <ul className={styles.facts}>
        <li className={styles.fact}>{words.t('insights.across.summary', { sessions: across.sessions, coachees: across.coachees })}</li>
        <li className={styles.fact}>
          {words.t('insights.across.closedAll', { count: across.closedWithAllCriteria.count, total: across.closedWithAllCriteria.total })}
        </li>
        <li className={styles.fact}>
          {words.t('insights.across.followUpsHeld', { count: across.followUpsHeld.count, total: across.followUpsHeld.total })}
        </li>
        <li className={styles.fact}>
          {words.t('insights.across.followThrough', {
            done: across.followThrough.done,
            total: carried,
            dropped: across.followThrough.dropped,
          })}
        </li>
      </ul>
      <div className={styles.figures}>
        {models.map((model) => (
          <InsightFigure key={model.id} model={model} />
        ))}
      </div>
    </>
  );
}

/**
 * The coach's insights, from the coach's own stored sessions only: one
 * coachee at a time (the most recently seen first), or all of them together.
 */
export function CoachInsights({ coachees }: { coachees: readonly CoacheeInsights[] }) {
  const styles = useInsightsStyles();
  const words = useWords();
  const headingId = useId();
  const pickId = useId();
  const [picked, setPicked] = useState<string>(coachees[0]?.coacheeId ?? ALL);
  const coachee = coachees.find((c) => c.coacheeId === picked);
  return (
    <section className={styles.part} aria-labelledby={headingId} data-insights-part="coach">
      <h3 id={headingId} className={styles.partTitle}>
        {words.t('insights.coach.title')}
      </h3>
      <div className={styles.pick}>
        <label htmlFor={pickId} className={styles.pickLabel}>
          {words.t('insights.coach.pick')}
        </label>
        <Select id={pickId} value={coachee ? picked : ALL} onChange={(_, data) => setPicked(data.value)}>
          {coachees.map((c) => (
            <option key={c.coacheeId} value={c.coacheeId}>
              {personName(words, c.displayName)}
            </option>
          ))}
          <option value={ALL}>{words.t('insights.coach.all')}</option>
        </Select>
      </div>
      {coachee ? <OneCoachee key={coachee.coacheeId} coachee={coachee} /> : <AllCoachees coachees={coachees} />}
    </section>
  );
}
