// Microsoft's offline check of a Teams manifest, shared by the package and toolkit tests.
import path from 'node:path';

// @microsoft/app-manifest 1.1.2 require()s strip-bom 5, which is ES-module only:
// Node 20.19+ loads that natively, Jest's module loader on Node 20 cannot. The
// stand-in below does what strip-bom does; only the package's file readers use
// it, not the schema check used here.
const appManifestDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
jest.doMock(require.resolve('strip-bom', { paths: [appManifestDir] }), () => ({
  __esModule: true,
  default: (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text),
}));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { AppManifestUtils } = require('@microsoft/app-manifest') as typeof import('@microsoft/app-manifest');

/** The package's types describe its own manifest shape; the check itself takes any JSON. */
type Validate = (manifest: unknown, schema: unknown) => Promise<string[]>;
export const validateAgainstSchema = AppManifestUtils.validateAgainstSchema.bind(AppManifestUtils) as unknown as Validate;
