import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export interface StageControlsClasses {
  root: string;
  actions: string;
  note: string;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  note: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
});

export function useStageControlsStyles(): StageControlsClasses {
  return useStyles();
}
