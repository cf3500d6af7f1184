import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { CARD } from '../shared';

/**
 * The personal tab's parts: cards that read at 1024 px and hold at 320 px.
 * Words wrap whole (overflow-wrap break-word breaks only a word too long for
 * any line, and never changes how narrow a box may get).
 */
export const useMyCoachingStyles = makeStyles({
  card: CARD,
  cardHead: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  cardTitle: { ...typographyStyles.subtitle1, margin: 0 },
  subTitle: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorNeutralForeground2 },
  counts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS },
  empty: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  note: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  warning: { ...typographyStyles.caption1, margin: 0, color: tokens.colorPaletteDarkOrangeForeground1 },
  problem: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },

  // "Your next steps": each step a row with an accent in its urgency's colour.
  owed: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
  },
  overdue: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  dueSoon: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  later: { borderLeftColor: tokens.colorNeutralStroke1 },
  owedText: { ...typographyStyles.body1Strong, margin: 0, whiteSpace: 'pre-wrap', minWidth: 0 },
  owedMeta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  forText: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, minWidth: 0 },

  // "Next follow-up": the day large enough to take in at a glance.
  nextDay: { ...typographyStyles.subtitle1, margin: 0 },
  nextMeta: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  next: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  laterItem: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  laterText: { ...typographyStyles.body1, margin: 0 },
  opening: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },

  // "Your coachees": a card each.
  coachees: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 26rem), 1fr))',
    gap: tokens.spacingHorizontalL,
    minWidth: 0,
  },
  coacheeName: { ...typographyStyles.subtitle1, margin: 0 },
  facts: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  // Two columns once each can have 18rem (a wide card at 1024 px), else one.
  cardBody: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 18rem), 1fr))',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    alignItems: 'start',
    minWidth: 0,
  },
  part: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  fact: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  factText: { ...typographyStyles.body1, margin: 0, whiteSpace: 'pre-wrap' },
  factLead: { ...typographyStyles.body1Strong, margin: 0, whiteSpace: 'pre-wrap' },
  followUpLine: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  followUpText: { ...typographyStyles.body1Strong, margin: 0, flexGrow: 1, minWidth: 0 },
  planHead: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  planTitle: { ...typographyStyles.body1Strong, margin: 0 },

  // "Past sessions": a disclosure each, its count beside it.
  pastItem: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ':last-child': { borderBottomStyle: 'none', paddingBottom: 0 },
  },
  pastHead: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  // A disclosure that reads as a row, not a pill: its label left-aligned and wrapping.
  disclosure: {
    flexGrow: 1,
    flexBasis: '16rem',
    minWidth: 0,
    justifyContent: 'flex-start',
    alignItems: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    paddingLeft: 0,
  },
  pastLabel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  pastWhen: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  pastChallenge: { ...typographyStyles.body1Strong, color: tokens.colorNeutralForeground1 },
  pastNotes: { paddingLeft: tokens.spacingHorizontalXXL, minWidth: 0 },
});
