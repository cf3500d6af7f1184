import type { ITokenProvider, ITokenResponse } from '@fluidframework/azure-client';

/**
 * Tokens for a local Fluid server (tinylicious), which reads a token's claims
 * but never checks its signature. The claims carry the user id that the
 * server then stamps on the client's join, which is how peers learn who sent
 * an op when there is no Teams service to ask.
 *
 * Written here rather than taken from @fluidframework/test-client-utils so
 * that neither that package nor its JWT library (jsrsasign) ever reaches a
 * bundle. Useless against a real service, which rejects unsigned tokens.
 */
export class LocalDevTokenProvider implements ITokenProvider {
  constructor(private readonly user: { id: string; name: string }) {}

  fetchOrdererToken(tenantId: string, documentId?: string): Promise<ITokenResponse> {
    return Promise.resolve({ fromCache: true, jwt: this.token(tenantId, documentId) });
  }

  fetchStorageToken(tenantId: string, documentId: string): Promise<ITokenResponse> {
    return Promise.resolve({ fromCache: true, jwt: this.token(tenantId, documentId) });
  }

  private token(tenantId: string, documentId = ''): string {
    const now = Math.round(Date.now() / 1000);
    const claims = {
      documentId,
      scopes: ['doc:read', 'doc:write', 'summary:write'],
      tenantId,
      user: this.user,
      iat: now,
      exp: now + 60 * 60,
      ver: '1.0',
      jti: crypto.randomUUID(),
    };
    return `${base64Url({ alg: 'HS256', typ: 'JWT' })}.${base64Url(claims)}.${base64Url('unsigned')}`;
  }
}

function base64Url(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
