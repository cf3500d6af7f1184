// @ts-check
// Writes deploy/staticwebapp.config.json (Azure Static Web Apps' config, which
// `npm run build` copies into dist/) from deploy/csp.cjs, so the host's headers
// and the pages' own policy never drift: `node deploy/writeHostConfig.cjs`.
const { writeFileSync } = require('node:fs');
const path = require('node:path');
const { HOST_HEADERS } = require('./csp.cjs');

/** The config: every response gets the headers; the pages are never cached stale (their scripts are hashed). */
function hostConfig() {
  return {
    globalHeaders: HOST_HEADERS(),
    routes: [{ route: '/*.html', headers: { 'Cache-Control': 'no-cache' } }],
    mimeTypes: { '.json': 'application/json' },
  };
}

const FILE = path.join(__dirname, 'staticwebapp.config.json');

if (require.main === module) writeFileSync(FILE, `${JSON.stringify(hostConfig(), null, 2)}\n`);

module.exports = { hostConfig, FILE };
