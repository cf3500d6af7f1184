// The charts' series colours, as custom properties the insights' root sets
// from Fluent tokens (useInsightsStyles): they follow the Teams theme, and in
// high contrast, where every palette token turns the same cyan, they take the
// theme's four distinct foregrounds instead, so stacked parts stay apart.

export const SERIES_VARIABLE = {
  share: '--stagecoach-insights-share',
  open: '--stagecoach-insights-open',
  learn: '--stagecoach-insights-learn',
  plan: '--stagecoach-insights-plan',
  close: '--stagecoach-insights-close',
  done: '--stagecoach-insights-done',
  notDone: '--stagecoach-insights-not-done',
  dropped: '--stagecoach-insights-dropped',
  unreviewed: '--stagecoach-insights-unreviewed',
} as const;

export type SeriesKey = keyof typeof SERIES_VARIABLE;

/** Each series' colour, as SVG fill and stroke take it. */
export const SERIES_COLOR = Object.fromEntries(
  Object.entries(SERIES_VARIABLE).map(([key, variable]) => [key, `var(${variable})`]),
) as Record<SeriesKey, string>;
