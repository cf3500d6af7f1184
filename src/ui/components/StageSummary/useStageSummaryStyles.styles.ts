import { cardCSSVars, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { VISUALLY_HIDDEN } from '../shared';

/**
 * From this width (the simulator's 960 px stage, a laptop's meeting window)
 * two columns: before Close, the challenge and options beside the next steps;
 * from Close, the agreement beside the closure, so both are in view while the
 * follow-up is scheduled. Below it (an 800 px window) everything stacks.
 */
const TWO_COLUMNS = '@media (min-width: 900px)';
/** Icon size beside 16–20 px text. */
const ICON_SIZE = '20px';

/** Reading text at a distance: 20 px regular, Fluent's base-500 step (subtitle1's size without its weight). */
const readingText = {
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase500,
  lineHeight: tokens.lineHeightBase500,
  fontWeight: tokens.fontWeightRegular,
} as const;

export const useStageSummaryStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalXXL, alignItems: 'start' },
  rootWithClosure: { [TWO_COLUMNS]: { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', columnGap: tokens.spacingHorizontalXXL } },

  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  blockHeading: { ...typographyStyles.title3, margin: 0 },
  cards: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  cardsSpread: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    alignItems: 'start',
    [TWO_COLUMNS]: {
      gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
      gridTemplateAreas: '"challenge steps" "options steps"',
      // The last row takes the slack, so the challenge and options stay together at the top.
      gridTemplateRows: 'auto 1fr',
    },
  },
  challengeArea: { gridArea: 'challenge' },
  optionsArea: { gridArea: 'options' },
  stepsArea: { gridArea: 'steps' },

  card: {
    // Fluent's Card spaces padding and gap by one variable: roomier than "large" for a shared screen.
    [cardCSSVars.cardSizeVar]: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  cardHeading: { ...typographyStyles.subtitle1, margin: 0, color: tokens.colorNeutralForeground2 },
  reading: { ...readingText, margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  statement: { ...typographyStyles.title3, margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  empty: { ...typographyStyles.body2, margin: 0, color: tokens.colorNeutralForeground3 },
  meta: { ...typographyStyles.body2, margin: 0, color: tokens.colorNeutralForeground2 },

  chosen: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    // The chosen option is marked by its badge and its weight; the border and tint only underline it.
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  chosenText: { ...typographyStyles.title3, margin: 0, overflowWrap: 'anywhere' },
  othersLabel: { ...typographyStyles.body1Strong, margin: 0, color: tokens.colorNeutralForeground2 },
  options: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    ...readingText,
  },
  optionAuthor: { ...typographyStyles.body2, color: tokens.colorNeutralForeground3 },

  steps: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyleType: 'none' },
  step: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':first-child': { borderTop: 'none', paddingTop: 0 },
    ':last-child': { paddingBottom: 0 },
  },
  stepText: { ...readingText, fontWeight: tokens.fontWeightSemibold, margin: 0, overflowWrap: 'anywhere' },
  stepTextDone: { color: tokens.colorNeutralForeground2 },
  stepFacts: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
    ...typographyStyles.body2,
    color: tokens.colorNeutralForeground2,
  },
  fact: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  icon: { flexShrink: 0, width: ICON_SIZE, height: ICON_SIZE },

  when: { ...typographyStyles.title2, margin: 0 },
  kind: { ...typographyStyles.subtitle2, margin: 0, color: tokens.colorNeutralForeground2 },
  statuses: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  badge: {
    ...typographyStyles.subtitle2,
    height: 'auto',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    whiteSpace: 'normal',
    textAlign: 'start',
  },
  smallBadge: { ...typographyStyles.subtitle2, height: 'auto', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}` },

  quote: {
    ...readingText,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  figure: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0 },
  visuallyHidden: VISUALLY_HIDDEN,
});
