import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppShell } from '../../../src/ui';
import { ShowOnStageButton } from '../../../src/ui/components/ShowOnStage';
import { english } from '../../fixtures/words';

const renderButton = (stage: { canShare(): Promise<boolean>; share(): Promise<void> }) =>
  render(
    <AppShell words={english}>
      <ShowOnStageButton stage={stage} />
    </AppShell>,
  );

describe('ShowOnStageButton', () => {
  it('appears only once the host allows sharing, and shares on click', async () => {
    const share = jest.fn(() => Promise.resolve());
    renderButton({ canShare: () => Promise.resolve(true), share });
    const button = await screen.findByRole('button', { name: 'Show on stage' });
    await userEvent.click(button);
    expect(share).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('stays hidden when the host does not allow sharing', async () => {
    const canShare = jest.fn(() => Promise.resolve(false));
    renderButton({ canShare, share: () => Promise.resolve() });
    // Let the host's answer arrive.
    await act(async () => {
      await Promise.resolve();
    });
    expect(canShare).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Show on stage' })).not.toBeInTheDocument();
  });

  it('says so when sharing fails, and keeps Teams’ reason for developers', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderButton({
      canShare: () => Promise.resolve(true),
      share: () => Promise.reject(new Error('Sharing to the meeting stage failed (Teams error 1000).')),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Show on stage' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(english.t('panel.showOnStage.failed'));
    expect(warn).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ message: expect.stringContaining('error 1000') }));
    warn.mockRestore();
    expect(screen.getByRole('button', { name: 'Show on stage' })).toBeEnabled();
  });
});
