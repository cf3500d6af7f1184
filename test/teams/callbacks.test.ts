import { fromCallback, TeamsCallError, type ErrorFirstCallback } from '../../src/teams/callbacks';

describe('fromCallback', () => {
  it('resolves with the result of an error-first callback', async () => {
    await expect(fromCallback<number>('x', (cb) => cb(null, 3))).resolves.toBe(3);
  });

  it('rejects with Teams’ error code', async () => {
    const call = (cb: ErrorFirstCallback<boolean>) => cb({ errorCode: 1000, message: 'permission denied' }, null);
    await expect(fromCallback('Sharing', call)).rejects.toMatchObject({
      name: 'TeamsCallError',
      errorCode: 1000,
      message: 'Sharing failed (Teams error 1000: permission denied).',
    });
  });

  it('rejects when there is neither error nor result', async () => {
    await expect(fromCallback('x', (cb) => cb(null, null))).rejects.toBeInstanceOf(TeamsCallError);
  });

  it('rejects, rather than throws, when the call itself throws (wrong frame context)', async () => {
    const call = () => {
      throw new Error('This call is only allowed in following contexts: ["sidePanel","meetingStage"]');
    };
    await expect(fromCallback('x', call)).rejects.toThrow(/only allowed/);
  });
});
