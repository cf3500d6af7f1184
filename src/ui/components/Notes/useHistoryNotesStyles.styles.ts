import { makeStyles, tokens } from '@fluentui/react-components';

/** The earlier sessions' list: each row a disclosure, its notes indented under it. */
export const useHistoryNotesStyles = makeStyles({
  row: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  disclosure: { alignSelf: 'flex-start', textAlign: 'start', height: 'auto', minWidth: 0, maxWidth: '100%' },
  expanded: {
    paddingLeft: tokens.spacingHorizontalL,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    marginTop: tokens.spacingVerticalS,
  },
  tableWrap: { overflowX: 'auto', maxWidth: '100%' },
});
