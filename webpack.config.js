// @ts-check
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MinimizerPlugin = require('minimizer-webpack-plugin');
const { existsSync, readFileSync } = require('node:fs');
const { DefinePlugin, Compilation, sources } = require('webpack');
const { metaPolicy } = require('./deploy/csp.cjs');
const { PreloadChunksPlugin } = require('./tools/preloadChunksPlugin.cjs');

/** One bundle per surface, so each Teams context loads only its own code. */
const PAGES = [
  { entry: 'sidePanel', file: 'sidePanel.html', title: 'Stagecoach', source: './src/entries/sidePanel.tsx' },
  { entry: 'stage', file: 'stage.html', title: 'Stagecoach — meeting stage', source: './src/entries/stage.tsx' },
  {
    entry: 'personal',
    file: 'personal.html',
    title: 'Stagecoach — My coaching',
    source: './src/entries/personal.tsx',
    readsGraphAtOnce: true,
    // Its content needs its host, then Graph and sign-in: fetched with the page
    // (tools/preloadChunksPlugin.cjs). Then its view, which the page asks for
    // once those are in, and without which it draws nothing (counted in its first paint).
    preloads: ['teamsPersonal', 'personalGraph', 'graph', 'auth', 'msal'],
    drawnWith: ['personalView'],
  },
  { entry: 'config', file: 'config.html', title: 'Stagecoach — add to meeting', source: './src/entries/config.tsx' },
  // Where the browser sign-in popup lands (MSAL's redirect bridge); registered as a SPA redirect URI.
  { entry: 'authRedirect', file: 'auth-redirect.html', title: 'Stagecoach — signing in', source: './src/entries/authRedirect.ts' },
];

/** The local meeting simulator: never in a product build (`npm run build`), only in the simulator's (`--env simulator`) and `npm start`. */
const SIMULATOR = {
  entry: 'simulator',
  file: 'index.html',
  title: 'Stagecoach — local meeting simulator',
  source: './src/simulator/index.tsx',
};

/**
 * Office.js, from Microsoft's CDN: Outlook requires add-ins to load it from
 * there (never bundled), before any of our scripts.
 */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The Outlook add-in's task pane (manifest extensions runtime), and the simulator's copy of it. */
const OUTLOOK = {
  taskpane: { entry: 'taskpane', file: 'taskpane.html', title: 'Stagecoach — coaching plan', source: './src/entries/taskpane.tsx' },
  // The simulator's Outlook: the same bundle after a fake Office.js (src/simulator/office)
  // in place of Microsoft's. Development and tests only; taskpane.html never loads it.
  officeSim: { entry: 'officeSim', file: 'office-sim-taskpane.html', source: './src/simulator/office/officeSim.ts' },
};

/**
 * Microsoft Graph's origin (src/graph/graphClient.ts's GRAPH_V1). Pages whose
 * first content comes from Graph open their connection to it while the
 * bundle loads: on a new device its DNS, TCP and TLS then come before the
 * first request, not with it. `crossorigin`, as Graph's fetches are CORS
 * requests without credentials, which use a connection of their own.
 */
const GRAPH_PRECONNECT = '\n    <link rel="preconnect" href="https://graph.microsoft.com" crossorigin />';

/** The add-in command's icons: URLs in the manifest's extensions, so served beside the pages. */
const EXTENSION_ICONS = ['icon-16.png', 'icon-32.png', 'icon-80.png'];

/**
 * The privacy statement and the terms of use, at the manifest's
 * developer.privacyUrl and termsOfUseUrl (and the Entra registration's info
 * URLs): plain HTML and CSS in static/, no script, copied beside the pages.
 */
const STATIC_PAGES = ['privacy.html', 'terms.html', 'legal.css'];

/**
 * Copies committed files into the build as they are (a production build
 * minifies the HTML among them, as it does every asset): the add-in's icons
 * (drawn by manifest/icons.mjs) into icons/, static/'s pages (STATIC_PAGES),
 * and the static host's headers (deploy/staticwebapp.config.json).
 */
class CopyFilesPlugin {
  /** @param {{ from: string, to: string }[]} files paths from this folder, and in the build */
  constructor(files) {
    this.files = files;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CopyFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CopyFilesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const { from, to } of this.files) {
          const file = path.resolve(__dirname, from);
          compilation.fileDependencies.add(file);
          compilation.emitAsset(to, new sources.RawSource(readFileSync(file)));
        }
      });
    });
  }
}

/**
 * The deployment's ids, as the manifest has them: from the environment (`npm run
 * build`, which the toolkit's deploy step runs with the env file's values), else,
 * for the dev server only, from .localConfigs, which `atk deploy --env local` writes.
 * @param {boolean} production
 * @param {string} [file] the dev server's settings; .localConfigs beside this file by default
 * @returns {{ AAD_APP_CLIENT_ID: string, TEAMS_APP_ID: string }}
 */
function deploymentIds(production, file = path.resolve(__dirname, '.localConfigs')) {
  /** @type {Record<string, string>} */
  const local = {};
  if (!production && existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
      const match = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
      if (match?.[1] && match[2] !== undefined) local[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2');
    }
  }
  /** @param {'AAD_APP_CLIENT_ID' | 'TEAMS_APP_ID'} name */
  const read = (name) => process.env[name] || local[name] || '';
  return { AAD_APP_CLIENT_ID: read('AAD_APP_CLIENT_ID'), TEAMS_APP_ID: read('TEAMS_APP_ID') };
}

/**
 * @param {string} title
 * @param {string} [headScripts] tags before the bundle's
 * @param {string | null} [policy] the page's Content-Security-Policy (deploy/csp.cjs); null for the simulator's own pages
 */
const html = (title, headScripts = '', policy = null) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />${policy ? `\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />` : ''}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <!-- No icon to fetch: Teams shows the manifest's icons, not the page's. -->
    <link rel="icon" href="data:," />${headScripts}
  </head>
  <body style="margin: 0"><div id="root"></div></body>
</html>`;

/** Shared by the bench config, which builds a page of its own with the same loader. */
const swcRule = (/** @type {boolean} */ production) => ({
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'swc-loader',
    options: {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic', development: !production } },
        target: 'es2022',
      },
    },
  },
});

/** The words: each catalogue compiled at build time (tools/catalogue.cjs), so no message parser ships. */
const catalogueRule = {
  test: /[\\/]src[\\/]words[\\/]catalogues[\\/].+\.json$/,
  type: 'javascript/auto',
  use: path.resolve(__dirname, 'tools/catalogueLoader.cjs'),
};

/**
 * `npm run build`: the product's pages only, into dist/. `--env simulator` (the
 * browser tests) and `npm start`: the product's pages and the simulator's, into
 * dist-simulator/; there the pages' policy also allows this machine's loopback
 * (the simulator's tinylicious and Graph sandbox).
 * @type {(env: { simulator?: boolean } | undefined, argv: { mode?: string }) => import('webpack').Configuration & { devServer?: object }}
 */
module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const simulator = !production || env?.simulator === true;
  const ids = deploymentIds(production);
  const policy = metaPolicy({ local: simulator });
  return {
    mode: production ? 'production' : 'development',
    entry: {
      ...Object.fromEntries(PAGES.map((p) => [p.entry, p.source])),
      [OUTLOOK.taskpane.entry]: OUTLOOK.taskpane.source,
      ...(simulator ? { [SIMULATOR.entry]: SIMULATOR.source, [OUTLOOK.officeSim.entry]: OUTLOOK.officeSim.source } : {}),
    },
    output: {
      path: path.resolve(__dirname, simulator ? 'dist-simulator' : 'dist'),
      // Content hashes let Teams and browsers cache a release forever.
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // Live Share 1.x require()s the test client utilities (and their JWT
      // library) for its local mode, which webpack would bundle. src/sync
      // passes its own local token provider, so that require never runs: the
      // test utilities stay out of every build.
      alias: { '@fluidframework/test-client-utils': false },
    },
    module: { rules: [swcRule(production), catalogueRule] },
    plugins: [
      // The simulator's pages read the local Graph sandbox instead.
      ...PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: p.file,
            chunks: [p.entry],
            templateContent: html(p.title, p.readsGraphAtOnce && !simulator ? GRAPH_PRECONNECT : '', policy),
          }),
      ),
      ...PAGES.flatMap((p) => (p.preloads ? [new PreloadChunksPlugin(p.file, p.entry, p.preloads, p.drawnWith)] : [])),
      // Office.js first (a blocking script), then our deferred bundle.
      new HtmlWebpackPlugin({
        filename: OUTLOOK.taskpane.file,
        chunks: [OUTLOOK.taskpane.entry],
        templateContent: html(
          OUTLOOK.taskpane.title,
          `${simulator ? '' : GRAPH_PRECONNECT}\n    <script src="${OFFICE_JS}"></script>`,
          policy,
        ),
      }),
      ...(simulator
        ? [
            new HtmlWebpackPlugin({ filename: SIMULATOR.file, chunks: [SIMULATOR.entry], templateContent: html(SIMULATOR.title) }),
            // The fake Office.js, then the same bundle, in that order.
            new HtmlWebpackPlugin({
              filename: OUTLOOK.officeSim.file,
              chunks: [OUTLOOK.officeSim.entry, OUTLOOK.taskpane.entry],
              chunksSortMode: 'manual',
              templateContent: html(OUTLOOK.taskpane.title),
            }),
          ]
        : []),
      new CopyFilesPlugin([
        ...EXTENSION_ICONS.map((icon) => ({ from: `manifest/${icon}`, to: `icons/${icon}` })),
        ...STATIC_PAGES.map((page) => ({ from: `static/${page}`, to: page })),
        // The static host's headers (frame-ancestors among them), beside the pages they serve.
        ...(simulator ? [] : [{ from: 'deploy/staticwebapp.config.json', to: 'staticwebapp.config.json' }]),
      ]),
      // The deployment's ids (the same variables as the manifest's): MSAL's client id and
      // the Teams app id for links to the notes. Unset in a local build, which signs in
      // only through the simulator's development tokens.
      new DefinePlugin({
        'process.env.AAD_APP_CLIENT_ID': JSON.stringify(ids.AAD_APP_CLIENT_ID),
        'process.env.TEAMS_APP_ID': JSON.stringify(ids.TEAMS_APP_ID),
      }),
    ],
    optimization: {
      // swc's minifier (swc already compiles the TypeScript): a production build in
      // under half the time terser takes, for bundles a little smaller.
      minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.swcMinify, minimizerOptions: { compress: { passes: 2 } } })],
      // 'all' also splits what the entries share (React, Fluent) into chunks the
      // simulator page and its side-panel frames download once; import()ed
      // libraries (Live Share, MSAL, Graph) get chunks of their own either way.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // zod, which only lazy chunks use, in one chunk of its own: left to the
          // default groups, the same modules landed in two chunks, and a page that
          // reads the history as well as Graph downloaded them twice.
          zod: { test: /[\\/]node_modules[\\/]zod[\\/]/, name: 'zod', chunks: 'async', priority: 10 },
        },
      },
    },
    // Production maps would ship the source to every client; development gets fast ones.
    // Never eval: the pages' policy allows none, in development too.
    devtool: production ? false : 'cheap-module-source-map',
    // Size is checked against a gzip budget by `npm run bench`, not by webpack's raw-size hints.
    performance: { hints: false },
    devServer: {
      host: 'localhost',
      port: Number(process.env.PORT) || 3000,
      // index.html (the simulator) is what / serves.
      static: false,
      client: { overlay: { warnings: false } },
      // `npm start` also runs the simulator's local Fluid server (tinylicious) on
      // a free port (or $TINYLICIOUS_PORT); the simulator reads where from /tinylicious.json.
      // And the local Microsoft Graph (the Graph sandbox) on a free port (or
      // $GRAPH_SANDBOX_PORT), named in /graph-sandbox.json (503 if it could not start).
      setupMiddlewares: (/** @type {any[]} */ middlewares, /** @type {any} */ devServer) => {
        const graph = require('./test/servers/graphSandbox.cjs');
        const sandbox = graph.serveGraphSandbox({ port: graph.portFromEnvironment() });
        devServer.server?.once('close', () => void sandbox.close());
        middlewares.unshift({ name: 'graph-sandbox-config', path: graph.GRAPH_SANDBOX_CONFIG, middleware: sandbox.answer });

        const { startTinylicious } = require('./test/servers/tinylicious.cjs');
        const port = process.env.TINYLICIOUS_PORT ? Number(process.env.TINYLICIOUS_PORT) : undefined;
        const server = startTinylicious({ port });
        // Its storage is temporary: removed when the dev server exits (the server itself is killed then).
        server.then((/** @type {{ dir: string }} */ s) =>
          process.once('exit', () => require('node:fs').rmSync(s.dir, { recursive: true, force: true })),
        );
        server.then(
          (/** @type {{ endpoint: string }} */ s) =>
            console.log(`Stagecoach: tinylicious (Live Share's local Fluid server) at ${s.endpoint}`),
          (/** @type {unknown} */ error) => console.error('Stagecoach: tinylicious did not start; the panels cannot sync.', error),
        );
        middlewares.unshift({
          name: 'tinylicious-endpoint',
          path: '/tinylicious.json',
          middleware: (/** @type {any} */ _req, /** @type {any} */ res) => {
            server.then(
              (/** @type {{ endpoint: string }} */ s) => {
                res.setHeader('content-type', 'application/json');
                res.setHeader('cache-control', 'no-store');
                res.end(JSON.stringify({ endpoint: s.endpoint }));
              },
              () => {
                res.statusCode = 503;
                res.end();
              },
            );
          },
        });
        return middlewares;
      },
    },
  };
};

module.exports.swcRule = swcRule;
module.exports.catalogueRule = catalogueRule;
module.exports.OFFICE_JS = OFFICE_JS;
module.exports.EXTENSION_ICONS = EXTENSION_ICONS;
module.exports.STATIC_PAGES = STATIC_PAGES;
module.exports.deploymentIds = deploymentIds;
module.exports.PAGES = PAGES;
module.exports.SIMULATOR = SIMULATOR;
