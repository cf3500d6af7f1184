/**
 * A textarea that grows with its text instead of scrolling inside itself
 * (CSS `field-sizing`, in Chromium and so in Teams' and Outlook's web views),
 * from three lines up to most of a side panel's height; browsers without it
 * keep the rows they were given and the user's own resize handle.
 */
export const GROW_WITH_TEXT = {
  fieldSizing: 'content',
  minHeight: '4.5em',
  maxHeight: '60vh',
} as const;
