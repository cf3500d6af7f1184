import { openCalendarItemWith, type CalendarCapability } from '../../src/teams/calendarItem';

const capability = (supported: boolean, open: CalendarCapability['openCalendarItem'] = async () => undefined) => {
  const openCalendarItem = jest.fn(open);
  return { isSupported: () => supported, openCalendarItem };
};

describe('openCalendarItemWith', () => {
  it('opens the item in the host when the host has the calendar capability', async () => {
    const calendar = capability(true);
    await expect(openCalendarItemWith(calendar, 'AAMk-event-1')).resolves.toBe(true);
    expect(calendar.openCalendarItem).toHaveBeenCalledWith({ itemId: 'AAMk-event-1' });
  });

  it('says false, asking nothing, when the host has no calendar: the caller opens the web link', async () => {
    const calendar = capability(false);
    await expect(openCalendarItemWith(calendar, 'AAMk-event-1')).resolves.toBe(false);
    expect(calendar.openCalendarItem).not.toHaveBeenCalled();
  });

  it('says false when the host refuses, or the check itself throws, and never rejects', async () => {
    await expect(
      openCalendarItemWith(
        capability(true, () => Promise.reject(new Error('Not supported'))),
        'id',
      ),
    ).resolves.toBe(false);
    const throwing = {
      isSupported: () => {
        throw new Error('not initialized');
      },
      openCalendarItem: jest.fn(),
    };
    await expect(openCalendarItemWith(throwing, 'id')).resolves.toBe(false);
  });

  it('never asks the host to open an empty id', async () => {
    const calendar = capability(true);
    await expect(openCalendarItemWith(calendar, '  ')).resolves.toBe(false);
    expect(calendar.openCalendarItem).not.toHaveBeenCalled();
  });
});
