import { DevTokenProvider } from '../../src/auth';
import type { TokenProvider } from '../../src/ports';
import { startGraphSandbox, type GraphSandbox } from '../graph/sandbox/graphSandbox';

describe('DevTokenProvider', () => {
  it('hands out dev.<userId> whatever the scopes', async () => {
    const tokens: TokenProvider = new DevTokenProvider('sim-alex');
    await expect(tokens.getToken(['Calendars.ReadWrite'])).resolves.toBe('dev.sim-alex');
    await expect(tokens.getToken([])).resolves.toBe('dev.sim-alex');
  });

  it.each(['', '   '])('refuses the empty user id %j', (userId) => {
    expect(() => new DevTokenProvider(userId)).toThrow(/needs a user id/);
  });

  describe('against the local Graph sandbox', () => {
    let sandbox: GraphSandbox;
    beforeEach(async () => {
      sandbox = await startGraphSandbox();
    });
    afterEach(() => sandbox.close());

    const listEvents = async (userId: string) => {
      const tokens: TokenProvider = new DevTokenProvider(userId);
      const token = await tokens.getToken(['Calendars.ReadWrite']);
      const res = await fetch(`${sandbox.baseUrl}/me/events`, { headers: { Authorization: `Bearer ${token}` } });
      await res.text();
      return res.status;
    };

    it('is accepted for a simulator user and refused for anyone else', async () => {
      expect(await listEvents('sim-alex')).toBe(200);
      expect(await listEvents('someone-else')).toBe(401);
    });
  });
});
