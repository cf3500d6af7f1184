import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** The personal tab's page parts; its layout is the notes tab's (useNotesStyles().root). */
export const useMyCoachingSurfaceStyles = makeStyles({
  title: { ...typographyStyles.title3, margin: 0 },
  part: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL, minWidth: 0 },
  partTitle: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorNeutralForeground2, textTransform: 'uppercase' },
});
