import { readFileSync } from 'node:fs';

// The static host's config (deploy/staticwebapp.config.json) is made from
// deploy/csp.cjs, the same source as the pages' own policy.

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, shared with webpack
const csp = require('../../deploy/csp.cjs') as {
  FRAME_ANCESTORS: string[];
  metaPolicy(options?: { local?: boolean }): string;
  headerPolicy(): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { hostConfig, FILE } = require('../../deploy/writeHostConfig.cjs') as { hostConfig(): unknown; FILE: string };

describe('the static host’s headers', () => {
  it('are written from deploy/csp.cjs (run node deploy/writeHostConfig.cjs after changing it)', () => {
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(hostConfig());
  });

  it('let Teams, Outlook and the Microsoft 365 app frame the pages, and no one else', () => {
    const header = csp.headerPolicy();
    expect(header.startsWith(csp.metaPolicy())).toBe(true);
    const ancestors = /frame-ancestors ([^;]*)/.exec(header)?.[1]?.split(' ');
    expect(ancestors).toEqual(csp.FRAME_ANCESTORS);
    for (const host of ['https://teams.microsoft.com', 'https://outlook.office.com', 'https://*.microsoft365.com', 'https://*.cloud.microsoft']) {
      expect(ancestors).toContain(host);
    }
    expect(ancestors?.some((source) => source === '*' || source.startsWith('http:'))).toBe(false);
  });

  it('allow scripts only from the pages’ own origin and Office.js’ CDN, and connections only to Microsoft 365', () => {
    const policy = csp.metaPolicy();
    expect(/script-src ([^;]*)/.exec(policy)?.[1]).toBe("'self' https://appsforoffice.microsoft.com");
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(/script-src [^;]*unsafe-inline/.test(policy)).toBe(false);
    const connect = /connect-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? [];
    expect(connect).toEqual(
      // OneDrive for Business answers a file's bytes from the user's SharePoint host, not from Graph.
      expect.arrayContaining(['https://graph.microsoft.com', 'https://*.sharepoint.com', 'https://login.microsoftonline.com', 'wss://*.fluidrelay.azure.com']),
    );
    expect(connect.some((source) => /127\.0\.0\.1|localhost/.test(source))).toBe(false);
    expect(csp.metaPolicy({ local: true })).toMatch(/connect-src [^;]*http:\/\/127\.0\.0\.1:\*/);
  });
});
