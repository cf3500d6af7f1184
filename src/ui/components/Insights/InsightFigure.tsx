import { useId } from 'react';
import { useWords } from '../../words';
import { Disclosure } from '../shared';
import type { ChartModel, ChartSeries } from './chartModels';
import { DataTable } from './DataTable';
import { InsightChart } from './InsightChart';
import { useInsightsStyles } from './useInsightsStyles.styles';

/** Which colour is which series: under the chart, in the page's own words and wrapping as text does. */
function SeriesLegend({ series }: { series: readonly ChartSeries[] }) {
  const styles = useInsightsStyles();
  return (
    <ul className={styles.legend}>
      {series.map((s) => (
        <li key={s.key} className={styles.legendItem}>
          <span className={styles.swatch} style={{ backgroundColor: s.color }} />
          {s.legend}
        </li>
      ))}
    </ul>
  );
}

/**
 * One chart in a card: its title, the chart (named by the title), and its
 * numbers as a table behind a disclosure, for anyone who reads tables better
 * than lines. A model with nothing to draw says so instead.
 */
export function InsightFigure({ model, empty }: { model: ChartModel; /** What to say when there is nothing to draw. */ empty?: string }) {
  const styles = useInsightsStyles();
  const words = useWords();
  const titleId = useId();
  return (
    <section className={styles.figure} aria-labelledby={titleId} data-insight-figure={model.id}>
      <h4 id={titleId} className={styles.figureTitle}>
        {model.title}
      </h4>
      {model.empty ? (
        <p className={styles.empty}>{empty ?? words.t('insights.chart.empty')}</p>
      ) : (
        <>
          <InsightChart model={model} />
          {model.series.length > 1 && <SeriesLegend series={model.series} />}
          {model.notes.map((note) => (
            <p key={note} className={styles.fact}>
              {note}
            </p>
          ))}
          <Disclosure summary={words.t('insights.table.toggle')}>
            <DataTable model={model} />
          </Disclosure>
        </>
      )}
    </section>
  );
}
