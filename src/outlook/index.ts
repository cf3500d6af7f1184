// src/outlook is the only folder that touches Office.js (the global `Office`
// the task pane's page loads from Microsoft's CDN).
export { openOutlookItem, OutlookItemUnavailable } from './outlookItem';
export type { OutlookItem, OutlookMode } from './outlookItem';
