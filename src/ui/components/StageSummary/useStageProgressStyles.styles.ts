import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { VISUALLY_HIDDEN } from '../shared';

/**
 * Read from across a room: the stage name in the largest title, the steps in
 * subtitle size. Beside each other from this width (the stage at 1280 px);
 * stacked below it (the simulator's 960 px stage, a narrow meeting window).
 */
const SIDE_BY_SIDE = '@media (min-width: 1024px)';
/** Icon size for the steps and criteria: 24 px sits on the 20 px subtitle line. */
const ICON_SIZE = '24px';

export const useStageProgressStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXXL}`,
    alignItems: 'start',
    [SIDE_BY_SIDE]: { gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)' },
  },
  current: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { display: 'flex', flexDirection: 'column', margin: 0 },
  headingLabel: { ...typographyStyles.subtitle2, color: tokens.colorNeutralForeground2 },
  headingStage: { ...typographyStyles.largeTitle, color: tokens.colorNeutralForeground1 },
  criteria: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  criterion: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    ...typographyStyles.subtitle2,
    color: tokens.colorNeutralForeground2,
  },
  criterionMet: { color: tokens.colorNeutralForeground1 },
  criterionIcon: { flexShrink: 0, width: ICON_SIZE, height: ICON_SIZE },
  metIcon: { color: tokens.colorPaletteGreenForeground1 },

  stepper: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  steps: {
    display: 'grid',
    gridTemplateColumns: 'repeat(4, minmax(0, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  step: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
    // Progress is carried by the bar's thickness and the icon, never by colour alone.
    // Invisible sides, so the current step's box does not shift the text. The CSS
    // keyword, not colorTransparentStroke: high contrast draws that token, and every
    // step would then look boxed like the current one.
    borderTop: `${tokens.strokeWidthThin} solid transparent`,
    borderLeft: `${tokens.strokeWidthThin} solid transparent`,
    borderRight: `${tokens.strokeWidthThin} solid transparent`,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    ...typographyStyles.body2,
  },
  stepDone: { borderBottom: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`, color: tokens.colorNeutralForeground1 },
  stepCurrent: {
    // Boxed as well as tinted: high contrast drops the tint, and the box still marks where we are.
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    borderBottom: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
  },
  stepName: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    ...typographyStyles.subtitle1,
    // Stage names are single short words: never break inside one.
    overflowWrap: 'normal',
    wordBreak: 'keep-all',
  },
  stepIcon: { flexShrink: 0, width: ICON_SIZE, height: ICON_SIZE },
  stepIconCurrent: { color: tokens.colorBrandForeground1 },
  stepDetail: { overflowWrap: 'anywhere' },
  path: { ...typographyStyles.body2, color: tokens.colorNeutralForeground2, margin: 0 },
  pathList: { display: 'inline', margin: 0, padding: 0 },
  pathItem: { display: 'inline' },
  visuallyHidden: VISUALLY_HIDDEN,
});
