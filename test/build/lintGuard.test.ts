import path from 'node:path';
import { ESLint } from 'eslint';

// Proves the layer rules fail when a violation is added, by linting made-up
// files at the paths where they would break the layering.
const root = path.resolve(__dirname, '../..');
// The config is passed in rather than found on disk: ESLint loads config files
// with import(), which jest's module sandbox does not support.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../eslint.config.js') as { name?: string }[];
// The files linted here are made up: the type-aware rules, which need each file in the
// TypeScript project, are left out (they are about promises and switches, not layers).
const layerConfig = config.filter((c) => c.name !== 'types/promises-and-switches');
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: layerConfig });

async function errorsIn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

jest.setTimeout(30_000);

describe('layer rules', () => {
  it('accept a clean domain file', async () => {
    expect(await errorsIn('src/domain/x.ts', "import { z } from 'zod';\nexport const id = z.string();\n")).toEqual([]);
  });

  it('accept downward imports', async () => {
    const code = "import type { SessionStore } from '../ports';\nimport { STAGES } from '../domain';\nexport const n: SessionStore | number = STAGES.length;\n";
    expect(await errorsIn('src/ui/x.ts', code)).toEqual([]);
  });

  it('reject React in the domain', async () => {
    const errors = await errorsIn('src/domain/x.ts', "import React from 'react';\nexport const r = React;\n");
    expect(errors).toEqual([expect.stringMatching(/^no-restricted-imports: .*src\/domain may import no outside package but zod/)]);
  });

  it('reject teams-js in the UI', async () => {
    const errors = await errorsIn('src/ui/x.ts', "import { app } from '@microsoft/teams-js';\nexport const a = app;\n");
    expect(errors).toEqual([expect.stringMatching(/^no-restricted-imports: .*teams-js belongs to src\/teams/)]);
  });

  it('reject a lazily imported library outside its adapter', async () => {
    const errors = await errorsIn('src/ui/x.ts', "export const load = () => import('@azure/msal-browser');\n");
    expect(errors).toEqual([expect.stringMatching(/^no-restricted-syntax: MSAL belongs to src\/auth/)]);
  });

  it('reject the Fluid test utilities everywhere in src, even in src/sync', async () => {
    const errors = await errorsIn('src/sync/x.ts', "import { InsecureTokenProvider } from '@fluidframework/test-client-utils';\nexport const t = InsecureTokenProvider;\n");
    expect(errors).toEqual([expect.stringMatching(/^no-restricted-imports: .*Fluid test tools are for tests and tools only/)]);
  });

  it('accept Live Share and Fluid in src/sync', async () => {
    const code = "import { LiveShareClient } from '@microsoft/live-share';\nimport { SharedMap } from 'fluid-framework';\nexport const x = [LiveShareClient, SharedMap];\n";
    expect(await errorsIn('src/sync/x.ts', code)).toEqual([]);
  });

  it('reject anything imported into src/base, the bottom layer', async () => {
    const errors = await errorsIn('src/base/x.ts', "import { LIMITS } from '../domain';\nexport const l = LIMITS;\n");
    expect(errors).toEqual([expect.stringMatching(/^import\/no-restricted-paths: .*src\/base may import only src\/base /)]);
    const library = await errorsIn('src/base/x.ts', "import { z } from 'zod';\nexport const s = z;\n");
    expect(library).toEqual([expect.stringMatching(/^no-restricted-imports: .*src\/base may import no outside package\./)]);
  });

  it('accept src/base from every layer, and use cases in src/app over ports only', async () => {
    expect(await errorsIn('src/domain/x.ts', "import { messageOf } from '../base';\nexport const m = messageOf;\n")).toEqual([]);
    const useCase = "import type { SessionStore } from '../ports';\nimport { createStatusCell } from '../base';\nexport const u: SessionStore | typeof createStatusCell | null = null;\n";
    expect(await errorsIn('src/app/x.ts', useCase)).toEqual([]);
    expect(await errorsIn('src/app/x.ts', "import * as sync from '../sync';\nexport const s = sync;\n")).toEqual([
      expect.stringMatching(/^import\/no-restricted-paths: .*src\/app may import only src\/app, src\/base, src\/domain, src\/ports/),
    ]);
  });

  it.each(['sync', 'graph', 'teams', 'ui'])('reject a use case imported into src/%s: only entries wire them', async (layer) => {
    const errors = await errorsIn(`src/${layer}/x.ts`, "import { keepsOwnCopy } from '../app';\nexport const k = keepsOwnCopy;\n");
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^import/no-restricted-paths: .*src/${layer} may import only`))]);
  });

  it('reject an adapter imported by the UI', async () => {
    const errors = await errorsIn('src/ui/x.ts', "import * as sync from '../sync';\nexport const s = sync;\n");
    expect(errors).toEqual([expect.stringMatching(/^import\/no-restricted-paths: .*src\/ui may import only src\/ui, src\/base, src\/domain, src\/ports/)]);
  });

  it('reject an adapter imported by another adapter', async () => {
    const errors = await errorsIn('src/sync/x.ts', "import * as teams from '../teams';\nexport const t = teams;\n");
    expect(errors).toEqual([expect.stringMatching(/^import\/no-restricted-paths: /)]);
  });

  it('reject code in a folder with no layer rule', async () => {
    const errors = await errorsIn('src/helpers/x.ts', 'export const x = 1;\n');
    expect(errors).toEqual([expect.stringMatching(/no row in the layer table/)]);
  });

  it('accept Office.js in src/outlook', async () => {
    const code = '/// <reference types="office-js" />\nexport const ready = () => Office.onReady();\n';
    expect(await errorsIn('src/outlook/x.ts', code)).toEqual([]);
  });

  it('accept the fake Office host in src/simulator/office', async () => {
    const code = '/// <reference types="office-js" />\nexport const has = () => typeof window.Office !== "undefined" && Office.context;\n';
    expect(await errorsIn('src/simulator/office/x.ts', code)).toEqual([]);
  });

  it.each(['src/ui/x.ts', 'src/entries/x.ts', 'src/simulator/x.ts', 'src/graph/x.ts'])('reject the Office global in %s', async (file) => {
    const errors = await errorsIn(file, 'export const ready = () => Office.onReady();\n');
    expect(errors).toEqual([expect.stringMatching(/^no-restricted-globals: .*Office belongs to src\/outlook and src\/simulator\/office/)]);
  });

  it('reject Office reached through window or globalThis outside src/outlook', async () => {
    const errors = await errorsIn('src/entries/x.ts', 'export const a = [window.Office, globalThis.Office];\n');
    expect(errors).toEqual([
      expect.stringMatching(/^no-restricted-properties: .*Office belongs to src\/outlook/),
      expect.stringMatching(/^no-restricted-properties: .*Office belongs to src\/outlook/),
    ]);
  });

  it("reject Office.js's types referenced outside src/outlook", async () => {
    const errors = await errorsIn('src/ui/x.ts', '/// <reference types="office-js" />\nexport const x = 1;\n');
    expect(errors).toEqual([expect.stringMatching(/^@typescript-eslint\/triple-slash-reference: /)]);
  });

  it('reject importing office-js or its types outside src/outlook', async () => {
    const errors = await errorsIn('src/ui/x.ts', "import type {} from '@types/office-js';\nexport const x = 1;\n");
    expect(errors).toEqual([expect.stringMatching(/^no-restricted-imports: .*Office.js belongs to src\/outlook/)]);
  });

  it('accept src/outlook importing the domain and ports, and reject it importing another adapter', async () => {
    expect(await errorsIn('src/outlook/x.ts', "import type { ThemeName } from '../ports';\nexport const t: ThemeName = 'dark';\n")).toEqual([]);
    const errors = await errorsIn('src/outlook/x.ts', "import * as graph from '../graph';\nexport const g = graph;\n");
    expect(errors).toEqual([expect.stringMatching(/^import\/no-restricted-paths: .*src\/outlook may import only/)]);
  });
});
