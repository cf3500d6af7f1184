import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useSectionStyles } from '../shared';
import type { ChallengeCaptureClasses } from './renderChallengeCapture';

const useStyles = makeStyles({
  subheading: { ...typographyStyles.body1Strong, margin: 0, marginTop: tokens.spacingVerticalXS },
});

export function useChallengeCaptureStyles(): ChallengeCaptureClasses {
  const shared = useSectionStyles();
  const own = useStyles();
  return {
    section: shared.section,
    heading: shared.heading,
    subheading: own.subheading,
    form: shared.form,
    actions: shared.actions,
    hint: shared.hint,
    quote: shared.quote,
    list: shared.list,
    text: shared.text,
    grow: shared.grow,
  };
}
