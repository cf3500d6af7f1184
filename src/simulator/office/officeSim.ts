/// <reference types="office-js" />
// The simulator's Office.js (the `officeSim` entry): loaded before the task
// pane's bundle in office-sim-taskpane.html, never in taskpane.html. It
// defines window.Office as Outlook's Office.js would, from what the simulator
// page (the parent, playing Outlook) says is open, and window.nestedAppAuthBridge,
// Outlook's nested app authentication bridge, which hands MSAL's requests to
// the parent and its answers back.
import { createFakeOffice, type OfficeSimSetup } from './fakeOffice';
import { officeSimMessage, parseOfficeSimMessage } from './messages';

type BridgeListener = (response: string | { data: string }) => void;

const parent = window.parent;
const origin = window.location.origin;
const listeners = new Set<BridgeListener>();

let arrive: (setup: OfficeSimSetup) => void = () => undefined;
const setup = new Promise<OfficeSimSetup>((resolve) => (arrive = resolve));

window.addEventListener('message', (event) => {
  // Only the simulator page that framed this one speaks for Outlook.
  if (event.source !== parent || event.origin !== origin) return;
  const message = parseOfficeSimMessage(event.data);
  if (message?.kind === 'setup') arrive(message.setup);
  if (message?.kind === 'naaReply') for (const listener of [...listeners]) listener(message.data);
});

// As MSAL's BridgeProxy uses it (AuthBridge in @azure/msal-browser's src/naa).
const nestedAppAuthBridge = {
  postMessage(message: string) {
    parent.postMessage(officeSimMessage({ kind: 'naa', data: message }), origin);
  },
  addEventListener(eventName: string, callback: BridgeListener) {
    if (eventName === 'message') listeners.add(callback);
  },
  removeEventListener(eventName: string, callback: BridgeListener) {
    if (eventName === 'message') listeners.delete(callback);
  },
};

Object.assign(window, { Office: createFakeOffice(setup), nestedAppAuthBridge });

if (parent !== window) parent.postMessage(officeSimMessage({ kind: 'hello' }), origin);
