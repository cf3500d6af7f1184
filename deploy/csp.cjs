// @ts-check
// The Content-Security-Policy of every product page, in one place: webpack
// puts it in each page's <meta> (test/build checks it), and the static host's
// headers (deploy/staticwebapp.config.json) carry it with what a <meta> cannot
// say (frame-ancestors). docs/deploy.md explains each source.

/** Where the pages talk to, beyond their own origin. */
const CONNECT = [
  // Microsoft Graph and Microsoft sign-in (MSAL's popup and silent renewals).
  'https://graph.microsoft.com',
  // OneDrive for Business hands out a file's bytes from the user's SharePoint
  // host ({tenant}-my.sharepoint.com, any geo): every stored session is read
  // from the `@microsoft.graph.downloadUrl` Graph gives, never from Graph itself.
  'https://*.sharepoint.com',
  'https://login.microsoftonline.com',
  'https://login.microsoft.com',
  // Live Share in Teams: Microsoft's Fluid service (Azure Fluid Relay), HTTP and its sockets.
  'https://*.fluidrelay.azure.com',
  'wss://*.fluidrelay.azure.com',
  // teams-js reads Microsoft's list of Teams host domains from this CDN when it loads.
  'https://res.cdn.office.net',
  // Office.js, in the Outlook task pane, loads its parts from its own CDN.
  'https://appsforoffice.microsoft.com',
];

/** The hosts allowed to frame the pages: Teams, Outlook and the Microsoft 365 app, on the web and in their desktop shells. */
const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.skype.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.outlook.com',
  'https://*.microsoft365.com',
  'https://*.officeapps.live.com',
];

/**
 * The policy's directives. `local` adds loopback sources for the simulator's
 * build (its tinylicious and Graph sandbox run on free ports on this machine);
 * a product build never has them.
 * @param {{ local?: boolean }} [options]
 * @returns {Record<string, string[]>}
 */
function directives({ local = false } = {}) {
  const loopback = local ? ['http://127.0.0.1:*', 'ws://127.0.0.1:*', 'http://localhost:*', 'ws://localhost:*'] : [];
  return {
    'default-src': ["'self'"],
    // No inline script anywhere; Office.js comes from Microsoft's CDN, as Outlook requires.
    'script-src': ["'self'", 'https://appsforoffice.microsoft.com'],
    // Fluent UI (Griffel) inserts its style rules at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...CONNECT, ...loopback],
    // MSAL renews tokens in a hidden frame of the sign-in page where nested app authentication is not available.
    'frame-src': ["'self'", 'https://login.microsoftonline.com'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
}

/** @param {Record<string, string[]>} policy */
const serialize = (policy) =>
  Object.entries(policy)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');

/** The policy for a page's <meta http-equiv> (frame-ancestors is ignored there, so it is left to the headers). */
const metaPolicy = (/** @type {{ local?: boolean }} */ options = {}) => serialize(directives(options));

/** The policy for the static host's header: the same, with frame-ancestors. */
const headerPolicy = () => serialize({ ...directives(), 'frame-ancestors': FRAME_ANCESTORS });

/** Every header the static host adds to the product's pages. */
const HOST_HEADERS = () => ({
  'Content-Security-Policy': headerPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
});

module.exports = { CONNECT, FRAME_ANCESTORS, directives, metaPolicy, headerPolicy, HOST_HEADERS };
