import { makeStyles, teamsLightTheme, tokens, typographyStyles, type GriffelStyle } from '@fluentui/react-components';

/** The theme colours the notes use. */
const NOTES_COLOURS = [
  'colorNeutralForeground1',
  'colorNeutralForeground2',
  'colorNeutralForeground3',
  'colorNeutralBackground1',
  'colorNeutralBackground2',
  'colorNeutralStroke1',
  'colorNeutralStroke2',
  'colorBrandStroke1',
  'colorPaletteGreenForeground1',
] as const;

/**
 * On paper the notes are dark on white whatever the Teams theme: in print,
 * the colour tokens above take their values from Fluent's Teams light theme.
 * (Printers drop backgrounds, so dark- or high-contrast-theme text would
 * otherwise come out light on white.) Each token is a `var(--name)`.
 */
const LIGHT_ON_PAPER = Object.fromEntries(
  NOTES_COLOURS.map((name) => [tokens[name].slice('var('.length, -1), teamsLightTheme[name]]),
) as GriffelStyle;

/** Readable at a meeting tab's full width and at 320 px; one column on paper. */
export const useNotesStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '960px',
    minWidth: 0,
    marginLeft: 'auto',
    marginRight: 'auto',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    '@media print': {
      ...LIGHT_ON_PAPER,
      maxWidth: 'none',
      padding: 0,
    },
  },
  connecting: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalXXL },
  document: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL, minWidth: 0 },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  title: { ...typographyStyles.title3, margin: 0 },
  status: { ...typographyStyles.caption1Strong, color: tokens.colorPaletteDarkOrangeForeground1, margin: 0 },
  // Buttons and other chrome have no place on paper.
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    '@media print': { display: 'none' },
  },
  screenOnly: { '@media print': { display: 'none' } },
  // Causes and options side by side when the tab is wide, stacked in a narrow one and on paper.
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 280px), 1fr))',
    gap: tokens.spacingVerticalXL,
    '@media print': { display: 'flex', flexDirection: 'column' },
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media print': { breakAfter: 'avoid' },
  },
  subheading: { ...typographyStyles.subtitle2, margin: 0, '@media print': { breakAfter: 'avoid' } },
  text: { ...typographyStyles.body1, margin: 0, whiteSpace: 'pre-wrap' },
  hint: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  meta: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  quote: {
    ...typographyStyles.body1,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    whiteSpace: 'pre-wrap',
  },
  figure: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  list: {
    ...typographyStyles.body1,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: { minWidth: 0, '@media print': { breakInside: 'avoid' } },
  /** A list without bullets, its items spaced apart (cards of steps, coachees, follow-ups). */
  plainList: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  chosen: { ...typographyStyles.body1Strong },
  done: { color: tokens.colorPaletteGreenForeground1, verticalAlign: 'middle', marginRight: tokens.spacingHorizontalXXS },
  // A label column that never takes more than half the width, so a long label wraps at 320 px.
  facts: {
    ...typographyStyles.body1,
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'fit-content(50%) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  factName: { ...typographyStyles.body1Strong },
  factValue: { margin: 0, minWidth: 0 },
  table: {
    ...typographyStyles.body1,
    borderCollapse: 'collapse',
    width: '100%',
    maxWidth: '480px',
  },
  caption: { ...typographyStyles.body1Strong, textAlign: 'start', paddingBottom: tokens.spacingVerticalXS },
  cell: {
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  headCell: { ...typographyStyles.body1Strong },
  path: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
  },
});
