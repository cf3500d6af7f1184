// The Graph and sign-in chunks, asked for by name: a page whose content comes
// from Graph starts fetching them with its first script instead of after the
// chunk that opens Graph has arrived (one round trip less to the app's host).

import { settled } from '../base';

/**
 * Starts fetching the Graph and sign-in chunks (MSAL's too) before openGraph
 * asks for them. Settles once all are in or failed (openGraph asks again); never rejects.
 */
export function preloadGraphCode(): Promise<void> {
  const graph = import(/* webpackChunkName: "graph" */ '../graph');
  const auth = import(/* webpackChunkName: "auth" */ '../auth').then(({ preloadMsal }) => preloadMsal());
  return Promise.all([settled(graph), settled(auth)]).then(() => undefined);
}
