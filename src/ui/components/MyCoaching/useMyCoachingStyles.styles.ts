import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** The personal tab's own parts; text, lists and sections take the notes' styles. */
export const useMyCoachingStyles = makeStyles({
  // A row that wraps at 320 px: the text first, its button under it when there is no room.
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  grow: { flexGrow: 1, flexBasis: '12em', minWidth: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  overdue: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorPaletteRedForeground1 },
  dueSoon: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorPaletteDarkOrangeForeground1 },
  later: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  opening: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  note: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  warning: { ...typographyStyles.caption1, margin: 0, color: tokens.colorPaletteDarkOrangeForeground1 },
  problem: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  coachee: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
});
