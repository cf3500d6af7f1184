import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** The task pane is as narrow as 320 px: one column, long words wrap anywhere. */
export const useFollowUpPlanStyles = makeStyles({
  step: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Fluent's Checkbox label, aligned with the text of the steps that have none.
  checkbox: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, alignItems: 'flex-start' },
  stepText: { ...typographyStyles.body1, margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  // The step's owner, due date and (for others' steps) state, under the text.
  meta: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  state: { ...typographyStyles.caption1Strong },
  pending: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  failure: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXS },
});
