import { readFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { DriveArchiveStore } from '../../src/graph';
import type { FollowUpRequest, FollowUpSlotRequest, TokenProvider } from '../../src/ports';
import { wordedFollowUp, type FollowUpDraft } from '../../src/ui/components/FollowUp/followUpRequest';
import type { Words } from '../../src/words';
import { english } from '../fixtures/words';
import { SCHEMA_PATH, devToken } from './sandbox/graphSandbox';

export const COACH = 'sim-alex';
export const COACHEE = 'sim-sam';
export const OBSERVER = 'sim-jordan';

/** What the simulator's token provider will do: a development token, scopes recorded. */
export function devTokens(userId: string): TokenProvider & { scopes: string[][] } {
  const scopes: string[][] = [];
  return {
    scopes,
    getToken: async (s) => {
      scopes.push(s);
      return devToken(userId);
    },
  };
}

/** 2026-12-01 09:00 UTC, a Tuesday. */
export const NOW = Date.UTC(2026, 11, 1, 9, 0);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/**
 * A follow-up request as the coach's panel builds it: `overrides` on a plan,
 * worded in `words` (English unless a test says otherwise).
 */
export function followUp(overrides: Partial<FollowUpDraft> = {}, words: Words = english): FollowUpRequest {
  return wordedFollowUp(words, {
    sessionId: 'session-1',
    kind: 'statusUpdate',
    challenge: 'Say no to extra projects',
    start: Date.UTC(2026, 11, 3, 13, 0), // Thursday 14:00 in Berlin
    durationMinutes: 30,
    timeZone: 'Europe/Berlin',
    attendee: { address: 'sam@contoso.example', displayName: 'Sam' },
    nextSteps: [{ text: 'Draft the message to Kim', ownerName: 'Sam', due: '2026-12-10' }],
    coacheeSummary: 'I will protect two focus days a week.',
    chosenOption: 'Decline politely with a counter-offer',
    notesUrl: 'https://stagecoach.example/notes?session=session-1',
    ...overrides,
  });
}

let ajv: Ajv2020 | undefined;
/** The shared schema's validator for one `$defs` entry. */
export function graphSchema(name: string): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
  }
  const v = ajv.getSchema(`stagecoach:graph-v1.0-subset#/$defs/${name}`);
  if (!v) throw new Error(`no $defs/${name}`);
  return v;
}

/**
 * Client options for a test against the sandbox: `userId`'s dev tokens (their
 * scopes recorded), no waiting between retries, short attempts.
 */
export function sandboxClientOptions(baseUrl: string, userId: string) {
  const tokens = devTokens(userId);
  return { tokens, baseUrl, retryDelaySeconds: 0, maxRetries: 3, networkRetries: 3, attemptTimeoutMs: 2_000 };
}

/** `userId`'s own OneDrive app folder in the sandbox, through the real DriveArchiveStore. */
export const sandboxDrive = (baseUrl: string, userId: string) =>
  new DriveArchiveStore({ tokens: devTokens(userId), baseUrl, retryDelaySeconds: 0 });

/** The coach asks for an hour with Sam before 4 December, in Berlin's time: the slot tests' usual request. */
export const slotRequest = (overrides: Partial<FollowUpSlotRequest> = {}): FollowUpSlotRequest => ({
  attendee: { address: 'sam@contoso.example', displayName: 'Sam' },
  durationMinutes: 60,
  timeZone: 'Europe/Berlin',
  before: '2026-12-04',
  maxCandidates: 50,
  ...overrides,
});
