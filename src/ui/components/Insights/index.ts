// Only the closed "Insights" part is first paint; everything it opens is the insights chunk.
export { MyInsights } from './MyInsights';
export type { MyInsightsProps } from './MyInsights';
