import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { CARD, VISUALLY_HIDDEN } from '../shared';
import { SERIES_VARIABLE as V } from './seriesColors';

/** A chart's drawing height: tall enough to read a trend, short enough that two fit on a laptop screen. */
export const CHART_HEIGHT = 220;

/**
 * The insights: cards of figures that hold at 280 px (one column) and sit two
 * side by side on a wide page. The series colours are tokens with at least 3:1
 * against the card in light and dark; high contrast gets its own four colours.
 */
export const useInsightsStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    minWidth: 0,
    [V.share]: tokens.colorBrandForeground1,
    [V.open]: tokens.colorPaletteBlueBorderActive,
    [V.learn]: tokens.colorPalettePumpkinBorderActive,
    [V.plan]: tokens.colorPaletteTealBorderActive,
    [V.close]: tokens.colorPaletteBerryBorderActive,
    [V.done]: tokens.colorPaletteGreenBorderActive,
    [V.notDone]: tokens.colorPalettePumpkinBorderActive,
    [V.dropped]: tokens.colorPaletteBerryBorderActive,
    [V.unreviewed]: tokens.colorNeutralForeground3,
    // Teams' high contrast (AppShell names the theme): its four foregrounds on black.
    ':global([data-theme="contrast"])': {
      [V.share]: tokens.colorNeutralForeground1,
      [V.open]: tokens.colorNeutralForeground1,
      [V.learn]: tokens.colorCompoundBrandForeground1,
      [V.plan]: tokens.colorBrandForegroundLink,
      [V.close]: tokens.colorNeutralForegroundDisabled,
      [V.done]: tokens.colorCompoundBrandForeground1,
      [V.notDone]: tokens.colorBrandForegroundLink,
      [V.dropped]: tokens.colorNeutralForegroundDisabled,
      [V.unreviewed]: tokens.colorNeutralForeground1,
    },
  },
  part: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  partTitle: { ...typographyStyles.subtitle2, margin: 0 },
  note: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  pick: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, maxWidth: '20rem' },
  pickLabel: { ...typographyStyles.body1Strong },
  // The trend in words: the first thing read, set apart from the figures.
  readings: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    // Griffel mirrors it to the right in a right-to-left page.
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    minWidth: 0,
  },
  reading: { ...typographyStyles.body1, margin: 0 },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 24rem), 1fr))',
    gap: tokens.spacingHorizontalL,
    minWidth: 0,
  },
  figure: { ...CARD, margin: 0 },
  figureTitle: { ...typographyStyles.body1Strong, margin: 0 },
  chart: { height: `${CHART_HEIGHT}px`, minWidth: 0, overflow: 'hidden' },
  // The chart's own left-to-right provider fills the chart's box, on the card's colour.
  chartDirection: { height: '100%', backgroundColor: 'transparent' },
  legend: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  legendItem: { ...typographyStyles.caption1, display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  swatch: {
    flexShrink: 0,
    width: '12px',
    height: '12px',
    borderRadius: tokens.borderRadiusSmall,
    // The swatch is the legend: under forced colours it keeps its series' colour.
    forcedColorAdjust: 'none',
  },
  empty: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  tableWrap: {
    overflowX: 'auto',
    minWidth: 0,
    // A shadow at an edge while more of the table lies beyond it (covers that scroll with the table hide it at the ends).
    backgroundImage: [
      `linear-gradient(to right, ${tokens.colorNeutralBackground1}, ${tokens.colorNeutralBackground1})`,
      `linear-gradient(to right, ${tokens.colorNeutralBackground1}, ${tokens.colorNeutralBackground1})`,
      `linear-gradient(to right, ${tokens.colorNeutralShadowKeyDarker}, transparent)`,
      `linear-gradient(to left, ${tokens.colorNeutralShadowKeyDarker}, transparent)`,
    ].join(', '),
    backgroundPosition: 'left center, right center, left center, right center',
    backgroundRepeat: 'no-repeat',
    backgroundSize: '24px 100%, 24px 100%, 12px 100%, 12px 100%',
    backgroundAttachment: 'local, local, scroll, scroll',
    borderRadius: tokens.borderRadiusSmall,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThin },
  },
  table: {
    ...typographyStyles.caption1,
    borderCollapse: 'collapse',
    width: '100%',
  },
  // The card's title names the table on screen; the caption names it to a screen reader, and never scrolls out of sight.
  caption: VISUALLY_HIDDEN,
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    textAlign: 'start',
    verticalAlign: 'top',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  headCell: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2 },
  // The session stays in view while a wide table scrolls past it.
  rowHead: {
    fontWeight: tokens.fontWeightRegular,
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  rowHeadCorner: { position: 'sticky', left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  // Numbers line up on their last digit.
  number: { textAlign: 'end', paddingLeft: tokens.spacingHorizontalS },
  facts: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  fact: { ...typographyStyles.body1, margin: 0 },
});
