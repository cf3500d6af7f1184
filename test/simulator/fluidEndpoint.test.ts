import { findFluidEndpoint, httpUrl } from '../../src/simulator/fluidEndpoint';

describe('findFluidEndpoint', () => {
  it('prefers ?fluid= in the simulator’s address', async () => {
    const fetchJson = jest.fn();
    await expect(findFluidEndpoint('?fluid=http%3A%2F%2Flocalhost%3A7071%2F', fetchJson)).resolves.toBe('http://localhost:7071');
    expect(fetchJson).not.toHaveBeenCalled();
  });

  it('else reads /tinylicious.json from the server', async () => {
    const fetchJson = jest.fn().mockResolvedValue({ endpoint: 'http://localhost:7070' });
    await expect(findFluidEndpoint('', fetchJson)).resolves.toBe('http://localhost:7070');
    expect(fetchJson).toHaveBeenCalledWith('/tinylicious.json');
  });

  it('is null when nothing names a usable address', async () => {
    await expect(findFluidEndpoint('', () => Promise.reject(new Error('404')))).resolves.toBeNull();
    await expect(findFluidEndpoint('', () => Promise.resolve({ endpoint: 'javascript:alert(1)' }))).resolves.toBeNull();
    await expect(findFluidEndpoint('?fluid=nonsense', () => Promise.resolve(null))).resolves.toBeNull();
    expect(httpUrl(42)).toBeNull();
  });
});
