import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { StageStepperState } from './StageStepper.types';
import { VISUALLY_HIDDEN } from '../shared';

export const stageStepperClassNames = {
  root: 'sc-StageStepper',
  step: 'sc-StageStepper__step',
  path: 'sc-StageStepper__path',
} as const;

/** Four equal columns: at the 320 px panel width each step gets ~70 px, enough for "Learn", "1/2 met", "12 min". */
const STEP_COLUMNS = 'repeat(4, minmax(0, 1fr))';

// Borders are written as one CSS shorthand (same property in base and overrides, so
// mergeClasses resolves them); Griffel's `shorthands` helpers would add ~1.5 KB gzip to first paint.
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  list: {
    display: 'grid',
    gridTemplateColumns: STEP_COLUMNS,
    columnGap: tokens.spacingHorizontalXS,
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
    // The bottom bar marks progress; its thickness (not only its colour) changes for the current step.
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    ...typographyStyles.caption1,
  },
  stepCurrent: {
    borderBottom: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  stepDone: {
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  icon: { flexShrink: 0 },
  name: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXXS,
    ...typographyStyles.body1Strong,
  },
  detail: { overflowWrap: 'anywhere' },
  path: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  pathList: { display: 'inline', margin: 0, padding: 0 },
  pathItem: { display: 'inline' },
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
      name: s.name,
      detail: s.detail,
      path: mergeClasses(stageStepperClassNames.path, s.path),
      pathList: s.pathList,
      pathItem: s.pathItem,
      visuallyHidden: s.visuallyHidden,
    },
  };
}
