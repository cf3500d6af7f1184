import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useSectionStyles } from '../shared';

export interface NextStepsClasses {
  section: string;
  heading: string;
  list: string;
  row: string;
  text: string;
  meta: string;
  hint: string;
  form: string;
  actions: string;
}

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    alignItems: 'start',
  },
  meta: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    margin: 0,
    // Line the owner and date up with the step text, past the checkbox indicator.
    paddingLeft: tokens.spacingHorizontalXXXL,
  },
});

export function useNextStepsStyles(): NextStepsClasses {
  const shared = useSectionStyles();
  const own = useStyles();
  return {
    section: shared.section,
    heading: shared.heading,
    list: shared.list,
    row: own.row,
    text: shared.text,
    meta: own.meta,
    hint: shared.hint,
    form: shared.form,
    actions: shared.actions,
  };
}
