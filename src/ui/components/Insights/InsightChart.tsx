import { FluentProvider } from '@fluentui/react-components';
import { LineChart, ResponsiveContainer, VerticalStackedBarChart } from '@fluentui/react-charts';
import type { LineChartPoints, VerticalStackedChartProps } from '@fluentui/react-charts';
import type { Words } from '../../../words';
import { useWords } from '../../words';
import type { ChartModel } from './chartModels';
import { useInsightsStyles } from './useInsightsStyles.styles';

// The only file that draws with Fluent's charts (d3 comes with them): it is
// part of the insights chunk, never of the personal tab's first paint.

/** At most this many session numbers on the axis; the table lists every one. */
const MAX_TICKS = 8;

/** Room for the axes' numbers and the x axis' title, which the charts need at least 55 px for. */
const MARGINS = { top: 12, bottom: 56, left: 36, right: 16 };
/** Percentages need the room of "100 %" (German spaces it) on the y axis. */
const PERCENT_MARGINS = { ...MARGINS, left: 52 };

/** What a point says to a screen reader: the same session name and value as the table's row and cell. */
const pointLabel = (words: Words, model: ChartModel, row: number, series: number) =>
  words.t('insights.chart.point', {
    x: model.rows[row]!.label,
    series: model.series[series]!.legend,
    value: model.series[series]!.texts[row]!,
  });

function ticks(count: number): number[] {
  const step = Math.ceil(count / MAX_TICKS);
  return Array.from({ length: count }, (_, i) => i + 1).filter((n) => (n - 1) % step === 0);
}

function lines(words: Words, model: ChartModel): LineChartPoints[] {
  return model.series.map((s, si) => ({
    legend: s.legend,
    color: s.color,
    // A dot on every session: a reader sees where each one sits, not just the slope between them.
    lineOptions: { mode: 'lines+markers' },
    data: model.rows.flatMap((row, ri) => {
      const y = s.values[ri];
      if (y === null || y === undefined) return [];
      const ariaLabel = pointLabel(words, model, ri, si);
      return [{ x: ri + 1, y, xAxisCalloutData: row.label, yAxisCalloutData: s.texts[ri], callOutAccessibilityData: { ariaLabel } }];
    }),
  }));
}

function stacks(words: Words, model: ChartModel): VerticalStackedChartProps[] {
  return model.rows.map((row, ri) => ({
    xAxisPoint: row.tick,
    xAxisCalloutData: row.label,
    chartData: model.series.map((s, si) => ({
      legend: s.legend,
      data: s.values[ri] ?? 0,
      color: s.color,
      yAxisCalloutData: s.texts[ri],
      callOutAccessibilityData: { ariaLabel: pointLabel(words, model, ri, si) },
    })),
  }));
}

/** A model drawn: a line over sessions, or stacked bars per session, filling its box's width. */
export function InsightChart({ model }: { model: ChartModel }) {
  const styles = useInsightsStyles();
  const words = useWords();
  const common = {
    margins: model.percent ? PERCENT_MARGINS : MARGINS,
    xAxisTitle: model.xTitle,
    // The figure draws the legend beneath, as text that wraps: inside the chart it took the drawing's height.
    hideLegend: true,
    roundedTicks: model.counts,
    // Numbers in the reader's digits, as the table and the sentences write them.
    yAxisTickFormat: model.percent ? (v: number) => words.t('insights.value.percent', { percent: words.number(v) }) : words.number,
    culture: words.locale.intlLocale,
    svgProps: { 'aria-label': model.title },
    yMinValue: model.yMin,
    yMaxValue: model.yMax,
  };
  const count = model.rows.length;
  return (
    // Drawn left to right in every language (a provider of that direction, the theme inherited): in a
    // right-to-left page Fluent mirrors its bars but not its lines, and clips the y axis' numbers.
    <div className={styles.chart} data-insight-chart={model.id}>
      <FluentProvider dir="ltr" className={styles.chartDirection}>
        <ResponsiveContainer>
          {model.kind === 'line' ? (
            <LineChart
              {...common}
              data={{ chartTitle: model.title, lineChartData: lines(words, model) }}
              tickValues={ticks(count)}
              tickFormat={(v) => model.rows[Number(v) - 1]?.tick ?? ''}
              // A single session or month sits in the middle, not against the y axis as if cut off.
              xMinValue={count === 1 ? 0.5 : 1}
              xMaxValue={count === 1 ? 1.5 : count}
              yAxisTickValues={model.yTicks && [...model.yTicks]}
            />
          ) : (
            <VerticalStackedBarChart
              {...common}
              chartTitle={model.title}
              data={stacks(words, model)}
              yAxisTickValues={model.yTicks && [...model.yTicks]}
              hideLabels
              // Bands across the whole width, each bar half its band (at most 40 px): a few sessions do not huddle in the middle.
              barWidth="auto"
              maxBarWidth={40}
              xAxisInnerPadding={0.5}
              xAxisOuterPadding={0.25}
            />
          )}
        </ResponsiveContainer>
      </FluentProvider>
    </div>
  );
}
