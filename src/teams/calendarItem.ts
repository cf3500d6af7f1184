/** The part of teams-js's `calendar` capability the personal tab uses. */
export interface CalendarCapability {
  isSupported(): boolean;
  openCalendarItem(params: { itemId: string }): Promise<void>;
}

/**
 * Opens a calendar item in the host (Teams, Outlook, the Microsoft 365 app)
 * when the host offers the calendar capability. False otherwise, or when the
 * host refuses: the caller then opens the event's web link. Never rejects.
 */
export async function openCalendarItemWith(calendar: CalendarCapability, itemId: string): Promise<boolean> {
  if (itemId.trim() === '') return false;
  try {
    if (!calendar.isSupported()) return false;
    await calendar.openCalendarItem({ itemId });
    return true;
  } catch {
    return false;
  }
}
