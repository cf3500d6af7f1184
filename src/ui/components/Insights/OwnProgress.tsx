import { useId, useMemo } from 'react';
import type { OwnInsights } from '../../../domain';
import { useWords } from '../../words';
import { ownCharts } from './chartModels';
import { InsightFigure } from './InsightFigure';
import { Readings } from './Readings';
import { useInsightsStyles } from './useInsightsStyles.styles';

/**
 * The coachee's own progress, from their own copies and their own task list:
 * their share of the thinking and their steps done. Nothing here comes from
 * the coach's side (the coach's notes and growth view are never in a coachee's copy).
 */
export function OwnProgress({ own }: { own: OwnInsights }) {
  const styles = useInsightsStyles();
  const words = useWords();
  const headingId = useId();
  const models = useMemo(() => ownCharts(words, own.sessions), [words, own]);
  return (
    <section className={styles.part} aria-labelledby={headingId} data-insights-part="own">
      <h3 id={headingId} className={styles.partTitle}>
        {words.t('insights.own.title')}
      </h3>
      <p className={styles.note}>{words.t('insights.own.note')}</p>
      <Readings readings={own.readings} subject={{ kind: 'own' }} />
      <div className={styles.figures}>
        {models.map((model) => (
          <InsightFigure key={model.id} model={model} />
        ))}
      </div>
    </section>
  );
}
