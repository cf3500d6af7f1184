/// <reference types="office-js" />
// The Outlook host: the meeting open in Outlook, read through Office.js. The
// page loads Office.js from Microsoft's CDN by a script tag before our
// bundle; this file only reads the global `Office` it defines.
import { mailShaped } from '../base';
import type { HostFailure } from '../ports';

/** How the meeting is open: as an attendee reads it, or in the organizer's (compose) form. */
export type OutlookMode = 'read' | 'organizer';

/** The open meeting, and who has it open. */
export interface OutlookItem {
  /** The event's id as Microsoft Graph names it (REST v2.0). */
  restId: string;
  mode: OutlookMode;
  /**
   * The mailbox's user. `signInName` is what Outlook's nested app
   * authentication says they signed in as (`Office.auth.getAuthContext()`):
   * MSAL's login hint, which the mailbox's SMTP address need not be; null where Outlook does not say.
   */
  user: { email: string; displayName: string; signInName: string | null };
  /** Whether Outlook offers nested app authentication (requirement set NestedAppAuth 1.1). */
  nestedAuth: boolean;
  /** Outlook's theme, where it tells one. */
  theme: 'default' | 'dark' | null;
  /** Outlook's display language ("de-DE"), where it tells one: the pane speaks it. */
  displayLanguage: string | null;
}

/** Why the add-in cannot show a plan here, in words for people. */
/** Why the pane has no meeting to show, as a failure the UI words (failureText). */
export class OutlookItemUnavailable extends Error {
  override name = 'OutlookItemUnavailable';
  readonly failure: HostFailure;
  constructor(
    problem: 'absent' | 'notOutlook' | 'notCalendarItem' | 'notSaved' | 'tooOld',
    /** Whether the same action may work later (e.g. once a new meeting is saved). */
    readonly retryable = false,
  ) {
    super(`No Outlook meeting to show (${problem}).`);
    this.failure = { kind: 'noHost', host: 'outlook', problem, retryable };
  }
}

/** Outlook's answer to getItemIdAsync, as a promise. */
function itemIdOfComposeForm(item: Office.AppointmentCompose): Promise<string> {
  return new Promise((resolve, reject) => {
    item.getItemIdAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded && result.value) resolve(result.value);
      // An unsaved new meeting has no id yet (Outlook answers error 9043, ItemNotSaved).
      else reject(new OutlookItemUnavailable('notSaved', true));
    });
  });
}

const displayLanguageOf = (context: Office.Context): string | null => {
  try {
    return typeof context.displayLanguage === 'string' && context.displayLanguage.length <= 35 ? context.displayLanguage : null;
  } catch {
    return null; // a host that does not say: the browser's language stands
  }
};

/** `#RRGGBB` → its relative luminance (WCAG), 0 black to 1 white; null for anything else. */
function luminanceOf(color: unknown): number | null {
  const hex = typeof color === 'string' ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim()) : null;
  if (!hex) return null;
  const [r, g, b] = hex.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Outlook's theme, from its body background: Office.js documents that
 * `isDarkTheme` is not supported in Outlook and that its colours say the
 * theme there. `isDarkTheme` is heeded only where no colour is given.
 */
export function themeOfOffice(theme: Partial<Pick<Office.OfficeTheme, 'bodyBackgroundColor' | 'isDarkTheme'>>): OutlookItem['theme'] {
  const luminance = luminanceOf(theme.bodyBackgroundColor);
  if (luminance !== null) return luminance < 0.2 ? 'dark' : 'default';
  return typeof theme.isDarkTheme === 'boolean' ? (theme.isDarkTheme ? 'dark' : 'default') : null;
}

const themeOf = (context: Office.Context): OutlookItem['theme'] => {
  try {
    const theme = context.officeTheme;
    // Read one by one: a host may lack any of them.
    return theme ? themeOfOffice({ bodyBackgroundColor: theme.bodyBackgroundColor, isDarkTheme: theme.isDarkTheme }) : null;
  } catch {
    return null; // not every Outlook tells its theme (officeTheme needs Mailbox 1.14)
  }
};

/** Who Outlook says is signed in (NestedAppAuth 1.1): their login hint, else their UPN; null when it does not say. */
async function signInNameOf(): Promise<string | null> {
  try {
    const { loginHint, userPrincipalName } = await Office.auth.getAuthContext();
    return mailShaped(loginHint) ?? mailShaped(userPrincipalName);
  } catch {
    return null;
  }
}

/**
 * Waits for Office.js, then reads the meeting open in Outlook. Rejects with an
 * OutlookItemUnavailable when the page runs outside Outlook, the open item is
 * not a calendar item, or a new meeting is not saved yet.
 */
export async function openOutlookItem(): Promise<OutlookItem> {
  if (typeof Office === 'undefined') {
    throw new OutlookItemUnavailable('absent');
  }
  const { host } = await Office.onReady();
  if (host !== Office.HostType.Outlook) {
    throw new OutlookItemUnavailable('notOutlook');
  }
  const { mailbox } = Office.context;
  const item = mailbox.item;
  if (!item || item.itemType !== Office.MailboxEnums.ItemType.Appointment) {
    throw new OutlookItemUnavailable('notCalendarItem');
  }
  // Read mode (an attendee's form) has the id; the organizer's compose form asks for it (Mailbox 1.8).
  let ewsId: string;
  let mode: OutlookMode;
  if (typeof item.itemId === 'string' && item.itemId) {
    ewsId = item.itemId;
    mode = 'read';
  } else if (typeof item.getItemIdAsync === 'function') {
    ewsId = await itemIdOfComposeForm(item);
    mode = 'organizer';
  } else {
    throw new OutlookItemUnavailable('tooOld');
  }
  const restId = mailbox.convertToRestId(ewsId, Office.MailboxEnums.RestVersion.v2_0);
  const profile = mailbox.userProfile;
  const nestedAuth = Office.context.requirements.isSetSupported('NestedAppAuth', '1.1');
  return {
    restId,
    mode,
    user: { email: profile.emailAddress, displayName: profile.displayName, signInName: nestedAuth ? await signInNameOf() : null },
    nestedAuth,
    theme: themeOf(Office.context),
    displayLanguage: displayLanguageOf(Office.context),
  };
}
