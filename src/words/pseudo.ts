import en from './catalogues/en';
import { pseudoCatalogue } from './pseudoLocalise';

// The pseudo-locale's chunk: English, compiled at build time, made long and accented.
export default pseudoCatalogue(en as unknown as Parameters<typeof pseudoCatalogue>[0]);
