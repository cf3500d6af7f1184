import { makeStyles, tokens } from '@fluentui/react-components';
import { useSectionStyles } from '../shared';

export interface ContributionListClasses {
  section: string;
  heading: string;
  list: string;
  row: string;
  rowActions: string;
  text: string;
  hint: string;
  form: string;
  actions: string;
}

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalXS,
    alignItems: 'start',
  },
  rowActions: { display: 'flex' },
});

export function useContributionListStyles(): ContributionListClasses {
  const shared = useSectionStyles();
  const own = useStyles();
  return {
    section: shared.section,
    heading: shared.heading,
    list: shared.list,
    row: own.row,
    rowActions: own.rowActions,
    text: shared.text,
    hint: shared.hint,
    form: shared.form,
    actions: shared.actions,
  };
}
