import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { StageStepperState } from './StageStepper.types';
import { VISUALLY_HIDDEN } from '../shared';

export const stageStepperClassNames = {
  root: 'sc-StageStepper',
  step: 'sc-StageStepper__step',
  path: 'sc-StageStepper__path',
} as const;

/**
 * Four equal columns: at a 280 px panel each step gets ~60 px, which holds
 * "Learn" or "Close" whole in body strong type; the icon sits on the count
 * line so it never pushes the name into a break.
 */
const STEP_COLUMNS = 'repeat(4, minmax(0, 1fr))';

// Borders are written as one CSS shorthand (same property in base and overrides, so
// mergeClasses resolves them); Griffel's `shorthands` helpers would add ~1.5 KB gzip to first paint.
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  list: {
    display: 'grid',
    gridTemplateColumns: STEP_COLUMNS,
    columnGap: tokens.spacingHorizontalXXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  step: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
    // The bottom bar marks progress; its thickness (not only its colour) changes for the current step.
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
    ...typographyStyles.caption1,
    // Words never break inside: a stage name is short enough for its column.
    overflowWrap: 'normal',
    wordBreak: 'normal',
  },
  stepCurrent: {
    borderBottom: `${tokens.strokeWidthThickest} solid ${tokens.colorCompoundBrandStroke}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  stepDone: {
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralForeground3}`,
    color: tokens.colorNeutralForeground2,
  },
  icon: { flexShrink: 0, color: tokens.colorNeutralForeground2 },
  name: {
    ...typographyStyles.body1Strong,
    whiteSpace: 'nowrap',
    maxWidth: '100%',
    // Measured by useNameFit, never cut for the eye: a name too long steps down a size, then wraps.
    overflow: 'hidden',
  },
  nameSmall: { ...typographyStyles.caption1Strong },
  // Soft hyphens in a translation ("Ab­schlie­ßen") say where a name may break; anywhere only as a last resort.
  nameWrap: { ...typographyStyles.caption1Strong, whiteSpace: 'normal', hyphens: 'manual', overflowWrap: 'anywhere' },
  timeWrap: { whiteSpace: 'normal' },
  detail: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXXS,
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums',
  },
  time: { overflow: 'hidden', maxWidth: '100%' },
  path: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  pathList: { display: 'inline', margin: 0, padding: 0 },
  // Each stage name stays whole; the path wraps between steps.
  pathItem: { display: 'inline', whiteSpace: 'nowrap' },
  arrow: { whiteSpace: 'normal' },
  visuallyHidden: VISUALLY_HIDDEN,
});

export function useStageStepperStyles(state: Omit<StageStepperState, 'classes'>): StageStepperState {
  const s = useStyles();
  return {
    ...state,
    classes: {
      root: mergeClasses(stageStepperClassNames.root, s.root, state.className),
      list: s.list,
      step: mergeClasses(stageStepperClassNames.step, s.step),
      stepCurrent: s.stepCurrent,
      stepDone: s.stepDone,
      icon: s.icon,
      name: mergeClasses(s.name, state.nameFit === 'small' && s.nameSmall, state.nameFit === 'wrap' && s.nameWrap),
      detail: s.detail,
      time: mergeClasses(s.detail, s.time, state.nameFit === 'wrap' && s.timeWrap),
      path: mergeClasses(stageStepperClassNames.path, s.path),
      pathList: s.pathList,
      pathItem: s.pathItem,
      arrow: s.arrow,
      visuallyHidden: s.visuallyHidden,
    },
  };
}
