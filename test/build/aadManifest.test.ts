import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SCOPES } from '../../src/graph/graphClient';

// aad.manifest.json, the Entra registration aadApp/update applies: exactly the
// redirect URIs, the exposed API, the pre-authorized clients and the delegated
// Graph scopes Stagecoach needs. The scope table in docs/permissions.md is the
// one source of the scopes; the code's per-call scopes and the registration
// must match it.
const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const aad = JSON.parse(read('aad.manifest.json')) as Record<string, any>;
const PERMISSION_ID = '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}';

/** Teams, Microsoft 365 and Outlook clients, as Microsoft's tab templates pre-authorize them for `access_as_user`. */
const PRE_AUTHORIZED = {
  '1fec8e78-bce4-4aaf-ab1b-5451cc387264': 'Teams desktop and mobile',
  '5e3ce6c0-2b1f-4285-8d4b-75ee78787346': 'Teams web',
  'd3590ed6-52b3-4102-aeff-aad2292ab01c': 'Microsoft 365 desktop (Office)',
  '00000002-0000-0ff1-ce00-000000000000': 'Microsoft 365 web (Exchange Online)',
  'bc59ab01-8403-45c6-8796-ac3ef710b3e3': 'Outlook web',
  '0ec893e0-5785-4de6-99da-4ed124e5296c': 'Microsoft 365 app (Office UWP)',
  '4765445b-32c6-49b0-83e6-1d93765276ca': 'Microsoft 365 web (Office)',
  '4345a7b9-9a63-4910-a426-35363201d503': 'Microsoft 365 web (Office.com)',
  '27922004-5251-4030-b22d-91ecd9a37ea4': 'Outlook mobile',
};

/** The scopes in docs/permissions.md's table under "Microsoft Graph (delegated) scopes". */
function documentedScopes(): string[] {
  const doc = read('docs/permissions.md');
  const start = doc.indexOf('## Microsoft Graph (delegated) scopes');
  expect(start).toBeGreaterThanOrEqual(0);
  const section = doc.slice(start).split(/\n#{2,3} /)[0]!;
  const scopes = [...section.matchAll(/^\| `([A-Za-z.]+)` \|/gm)].map((m) => m[1]!);
  expect(scopes.length).toBeGreaterThan(0);
  return scopes;
}

const sorted = (values: Iterable<string>) => [...values].sort();

describe('the Entra registration (aad.manifest.json)', () => {
  it('holds only what Stagecoach needs, nothing more', () => {
    expect(Object.keys(aad).sort()).toEqual(
      ['api', 'appId', 'displayName', 'id', 'identifierUris', 'info', 'requiredResourceAccess', 'signInAudience', 'spa'].sort(),
    );
    expect(aad.id).toBe('${{AAD_APP_OBJECT_ID}}');
    expect(aad.appId).toBe('${{AAD_APP_CLIENT_ID}}');
  });

  it('registers exactly the two single-page-application redirect URIs: NAA’s broker and the popup’s landing page', () => {
    expect(aad.spa).toEqual({ redirectUris: ['brk-multihub://${{HOST_DOMAIN}}', '${{HOST_URL}}/auth-redirect.html'] });
    // As docs/teams-setup.md's Sign-in section names them.
    const setup = read('docs/teams-setup.md');
    expect(setup).toContain('`brk-multihub://HOST_DOMAIN`');
    expect(setup).toContain('`HOST_URL/auth-redirect.html`');
    // And the build writes the landing page.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = (require('../../webpack.config.js') as (env: unknown, argv: { mode: string }) => { plugins: { userOptions?: { filename?: string } }[] })(
      {},
      { mode: 'production' },
    );
    expect(config.plugins.some((p) => p.userOptions?.filename === 'auth-redirect.html')).toBe(true);
  });

  it('exposes the API the manifest’s webApplicationInfo names, with the one scope access_as_user', () => {
    expect(aad.identifierUris).toEqual(['api://${{HOST_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
    expect(JSON.parse(read('manifest/manifest.json')).webApplicationInfo.resource).toBe(aad.identifierUris[0]);
    expect(aad.api.requestedAccessTokenVersion).toBe(2);
    expect(aad.api.oauth2PermissionScopes).toEqual([
      expect.objectContaining({ id: PERMISSION_ID, value: 'access_as_user', type: 'User', isEnabled: true }),
    ]);
    expect(Object.keys(aad.api).sort()).toEqual(['oauth2PermissionScopes', 'preAuthorizedApplications', 'requestedAccessTokenVersion']);
  });

  it('pre-authorizes the Teams, Microsoft 365 and Outlook clients for access_as_user, and no other', () => {
    const clients = aad.api.preAuthorizedApplications as { appId: string; delegatedPermissionIds: string[] }[];
    expect(sorted(clients.map((c) => c.appId))).toEqual(sorted(Object.keys(PRE_AUTHORIZED)));
    for (const client of clients) expect(client).toEqual({ appId: client.appId, delegatedPermissionIds: [PERMISSION_ID] });
  });

  it('asks for exactly the delegated Graph scopes of the documented table, which are exactly the code’s', () => {
    const documented = documentedScopes();
    expect(new Set(documented).size).toBe(documented.length);
    // The code asks for these per call (src/graph/graphClient.ts).
    expect(sorted(new Set(Object.values(SCOPES).flat()))).toEqual(sorted(documented));
    // The registration asks for them once each, all delegated, all from Microsoft Graph.
    expect(aad.requiredResourceAccess).toHaveLength(1);
    const [graph] = aad.requiredResourceAccess;
    expect(graph.resourceAppId).toBe('Microsoft Graph');
    const access = graph.resourceAccess as { id: string; type: string }[];
    expect(access.every((a) => a.type === 'Scope')).toBe(true);
    expect(access.map((a) => a.id).sort()).toEqual(sorted(documented));
  });

  it('links the consent prompt to the privacy statement and the terms the manifest names', () => {
    const developer = JSON.parse(read('manifest/manifest.json')).developer;
    expect(aad.info).toEqual({ privacyStatementUrl: developer.privacyUrl, termsOfServiceUrl: developer.termsOfUseUrl });
  });

  it.each(['m365agents.yml', 'm365agents.local.yml'])('has the sign-in audience %s creates it with', (file) => {
    const project = parseYaml(read(file)) as { provision: { uses: string; with?: { signInAudience?: string } }[] };
    const create = project.provision.find((a) => a.uses === 'aadApp/create');
    expect(create?.with?.signInAudience).toBe(aad.signInAudience);
  });
});
