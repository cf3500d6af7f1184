// The simulator's Outlook, over postMessage between the simulator page (the
// parent, which plays Outlook) and the task pane's frame (where officeSim.ts
// plays Office.js). Same origin only; every message is shape-checked.
//
//   frame → parent  { channel, kind: 'hello' }               the fake Office.js is up: tell it the item
//   parent → frame  { channel, kind: 'setup', setup }         the open meeting, the person, the requirement sets, the theme
//   frame → parent  { channel, kind: 'naa', data }            MSAL's nested app authentication request (JSON), via window.nestedAppAuthBridge
//   parent → frame  { channel, kind: 'naaReply', data }       the host's answer (JSON), handed to the bridge's "message" listeners
import type { OfficeSimSetup } from './fakeOffice';

/** The colours a theme carries (`Office.context.officeTheme` in Outlook). */
const THEME_COLORS = ['bodyBackgroundColor', 'bodyForegroundColor', 'controlBackgroundColor', 'controlForegroundColor'] as const;

export const OFFICE_SIM_CHANNEL = 'stagecoach:office-sim';

export type OfficeSimMessage =
  | { channel: typeof OFFICE_SIM_CHANNEL; kind: 'hello' }
  | { channel: typeof OFFICE_SIM_CHANNEL; kind: 'setup'; setup: OfficeSimSetup }
  | { channel: typeof OFFICE_SIM_CHANNEL; kind: 'naa'; data: string }
  | { channel: typeof OFFICE_SIM_CHANNEL; kind: 'naaReply'; data: string };

/** MSAL's envelopes are a few KB; claims challenges make them longer, never this long. */
const MAX_DATA = 32_768;
const MAX_TEXT = 1024;

const text = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;

function setupOf(v: unknown): OfficeSimSetup | null {
  if (typeof v !== 'object' || v === null) return null;
  const { host, item, user, requirementSets, theme, displayLanguage } = v as Record<string, unknown>;
  if (displayLanguage !== undefined && !text(displayLanguage, 35)) return null;
  if (host !== undefined && host !== 'Outlook' && host !== 'Word' && host !== 'Excel') return null;
  if (typeof user !== 'object' || user === null) return null;
  const { email, displayName } = user as Record<string, unknown>;
  if (!text(email) || !text(displayName)) return null;
  if (typeof requirementSets !== 'object' || requirementSets === null) return null;
  const sets = Object.entries(requirementSets);
  if (sets.length > 32 || !sets.every(([k, ver]) => text(k, 64) && text(ver, 16) && /^\d+(\.\d+)*$/.test(ver))) return null;
  let parsedItem: OfficeSimSetup['item'] = null;
  if (item !== null) {
    if (typeof item !== 'object' || item === undefined) return null;
    const { ewsId, mode, itemType } = item as Record<string, unknown>;
    if (ewsId !== null && !text(ewsId)) return null;
    if (mode !== 'read' && mode !== 'organizer') return null;
    if (itemType !== undefined && itemType !== 'appointment' && itemType !== 'message') return null;
    parsedItem = { ewsId, mode, ...(itemType ? { itemType } : {}) };
  }
  let parsedTheme: OfficeSimSetup['theme'] = null;
  if (theme !== null) {
    if (typeof theme !== 'object' || theme === undefined) return null;
    const colors = THEME_COLORS.map((name) => (theme as Record<string, unknown>)[name]);
    if (!colors.every((c) => typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c))) return null;
    parsedTheme = Object.fromEntries(THEME_COLORS.map((name, i) => [name, colors[i]])) as NonNullable<OfficeSimSetup['theme']>;
  }
  return {
    ...(host ? { host } : {}),
    item: parsedItem,
    user: { email, displayName },
    requirementSets: Object.fromEntries(sets) as Record<string, string>,
    theme: parsedTheme,
    ...(displayLanguage ? { displayLanguage } : {}),
  };
}

/** The message in `data`, or null for anything that is not one. */
export function parseOfficeSimMessage(data: unknown): OfficeSimMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.channel !== OFFICE_SIM_CHANNEL) return null;
  switch (m.kind) {
    case 'hello':
      return { channel: OFFICE_SIM_CHANNEL, kind: 'hello' };
    case 'naa':
    case 'naaReply':
      return text(m.data, MAX_DATA) ? { channel: OFFICE_SIM_CHANNEL, kind: m.kind, data: m.data } : null;
    case 'setup': {
      const setup = setupOf(m.setup);
      return setup ? { channel: OFFICE_SIM_CHANNEL, kind: 'setup', setup } : null;
    }
    default:
      return null;
  }
}

export const officeSimMessage = <K extends OfficeSimMessage['kind']>(
  body: Omit<Extract<OfficeSimMessage, { kind: K }>, 'channel'> & { kind: K },
): OfficeSimMessage => ({ channel: OFFICE_SIM_CHANNEL, ...body }) as OfficeSimMessage;
