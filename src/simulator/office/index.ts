// The simulator's Outlook: a fake Office.js for the task pane's frame, and its host side.
export { SimulatedOfficeHost, setupFor, OFFICE_SIM_REQUIREMENT_SETS } from './officeHost';
export type { OfficeFrame } from './officeHost';
export { createFakeOffice, ewsIdFromRest, restIdFromEws, strict } from './fakeOffice';
export type { OfficeSimMode, OfficeSimSetup } from './fakeOffice';
export { OFFICE_SIM_CHANNEL, officeSimMessage, parseOfficeSimMessage } from './messages';
export type { OfficeSimMessage } from './messages';
