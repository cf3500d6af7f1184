import { makeStyles, tokens } from '@fluentui/react-components';

/** Only what the notes tab shows before its chunk arrives; the notes' own styles come with it. */
export const useNotesViewFallbackStyles = makeStyles({
  loading: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalXXL },
});
