// What typed text may hold, in one place: every text field of every command
// goes through here (src/domain/commands.ts), whoever typed it.

/** C0 and C1 control characters, less tab and line feed (carriage returns become line feeds first). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** What draws nothing: white space, control characters, and format characters (zero-width spaces and joiners, bidi marks, BOM). */
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/gu;

/** Line breaks as "\n", and no control characters but tabs and line breaks. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

/** True when nothing in the text would be seen: empty, white space, or only zero-width and format characters. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}
