import { makeStyles, tokens } from '@fluentui/react-components';
import { CARD } from '../shared';

/** The offer of the pair's next 1:1, as narrow as 280 px: its long date wraps inside the button. */
export const useSeriesOfferStyles = makeStyles({
  offer: { ...CARD, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  use: {
    maxWidth: '100%',
    height: 'auto',
    whiteSpace: 'normal',
    textAlign: 'start',
    overflowWrap: 'break-word',
  },
});
