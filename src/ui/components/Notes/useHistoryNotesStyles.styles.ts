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
  // The earlier sessions and the growth are for the screen: their buttons have no place on paper,
  // and the coach's growth is never printed along with the notes by accident.
  extras: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXL,
    minWidth: 0,
    '@media print': { display: 'none' },
  },
});
