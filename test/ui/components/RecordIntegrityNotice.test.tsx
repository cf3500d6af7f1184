import { render, screen } from '@testing-library/react';
import type { Participant } from '../../../src/domain';
import type { RecordIntegrity } from '../../../src/ports';
import { AppShell } from '../../../src/ui';
import { RecordIntegrityNotice } from '../../../src/ui/components/RecordIntegrity';
import { english } from '../../fixtures/words';

const SAM: Participant = { userId: 'u-coachee', displayName: 'Sam', role: 'coachee' };
const CLEAN: RecordIntegrity = { unverified: 0, unverifiedAuthors: [], newerVersion: false, capacity: 'ok' };

const show = (integrity: RecordIntegrity | undefined) =>
  render(
    <AppShell words={english}>
      <RecordIntegrityNotice integrity={integrity} participants={{ [SAM.userId]: SAM }} />
    </AppShell>,
  );

describe('RecordIntegrityNotice', () => {
  it('says nothing for a store without a shared container, or a clean record', () => {
    show(undefined);
    show(CLEAN);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names whose unverified changes wait, quietly', () => {
    const { container } = show({ ...CLEAN, unverified: 2, unverifiedAuthors: ['u-coachee', 'u-unknown'] });
    const line = screen.getByRole('status');
    expect(line).toHaveAttribute('data-code', 'unverified');
    expect(line).toHaveTextContent('Sam');
    expect(container.querySelector('[data-code="newerVersion"]')).toBeNull();
  });

  it('alerts when the panel is read-only: a newer Stagecoach, or a full session', () => {
    show({ ...CLEAN, newerVersion: true });
    expect(screen.getByRole('alert')).toHaveAttribute('data-code', 'newerVersion');
  });

  it('alerts when the session is full and notes when it is nearly', () => {
    const full = show({ ...CLEAN, capacity: 'full' });
    expect(screen.getByRole('alert')).toHaveAttribute('data-code', 'sessionFull');
    full.unmount();
    show({ ...CLEAN, capacity: 'nearFull' });
    expect(screen.getByRole('status')).toHaveAttribute('data-code', 'nearFull');
  });
});
