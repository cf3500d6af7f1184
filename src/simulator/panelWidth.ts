/** The side panel widths a meeting window gives: narrow, Teams' usual, wide. */
export const PANEL_WIDTHS = [280, 320, 400] as const;
export type PanelWidth = (typeof PANEL_WIDTHS)[number];

/** `?panel=280`: the side panels' width at start (320 otherwise). */
export function panelWidthFrom(search: string): PanelWidth {
  const asked = Number(new URLSearchParams(search).get('panel'));
  return PANEL_WIDTHS.find((w) => w === asked) ?? 320;
}
