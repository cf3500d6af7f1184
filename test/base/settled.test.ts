import { settled } from '../../src/base';

describe('settled', () => {
  it('resolves, with nothing, once the work resolves', async () => {
    await expect(settled(Promise.resolve('chunk'))).resolves.toBeUndefined();
  });

  it('resolves, never rejects, when the work fails', async () => {
    await expect(settled(Promise.reject(new Error('offline')))).resolves.toBeUndefined();
  });

  it('waits for the work', async () => {
    let finish: (value: string) => void = () => undefined;
    let done = false;
    void settled(new Promise<string>((resolve) => (finish = resolve))).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    finish('in');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toBe(true);
  });
});
