import { LOCAL_DEV_CLIENT_ID, localDevToken } from '../../src/ports';
import type { TokenGrant } from '../../src/simulator/host';
import {
  OFFICE_SIM_CHANNEL,
  SimulatedOfficeHost,
  ewsIdFromRest,
  officeSimMessage,
  parseOfficeSimMessage,
  restIdFromEws,
  setupFor,
} from '../../src/simulator/office';

import { fakeHostWindow, frameWindow, ORIGIN, SAM } from './hostWindows';

const REST_ID = 'AAMkAGI2-evt_1=';

describe('the simulator’s Outlook (Office host)', () => {
  it('tells a task pane frame which meeting is open, as whom, in which form and language', () => {
    const { win, deliver } = fakeHostWindow();
    const host = new SimulatedOfficeHost(win);
    const frame = frameWindow();
    host.register(frame, { person: SAM, restId: REST_ID, mode: 'read', theme: 'dark', locale: 'de-DE' });
    deliver(frame, officeSimMessage({ kind: 'hello' }));
    expect(frame.postMessage).toHaveBeenCalledWith(
      {
        channel: OFFICE_SIM_CHANNEL,
        kind: 'setup',
        setup: {
          host: 'Outlook',
          item: { ewsId: 'AAMkAGI2/evt+1=', mode: 'read' },
          user: { email: SAM.email, displayName: 'Sam' },
          requirementSets: { Mailbox: '1.8', NestedAppAuth: '1.1' },
          theme: {
            bodyBackgroundColor: '#292929',
            bodyForegroundColor: '#FFFFFF',
            controlBackgroundColor: '#1F1F1F',
            controlForegroundColor: '#FFFFFF',
          },
          displayLanguage: 'de-DE',
        },
      },
      ORIGIN,
    );
  });

  it('answers MSAL’s nested app authentication for the frame’s person, and reports the grant', () => {
    const { win, deliver } = fakeHostWindow();
    const grants: TokenGrant[] = [];
    const host = new SimulatedOfficeHost(win, (g) => grants.push(g));
    const frame = frameWindow();
    host.register(frame, { person: SAM, restId: REST_ID, mode: 'organizer', theme: 'default', locale: 'de-DE' });
    const request = {
      messageType: 'NestedAppAuthRequest',
      method: 'GetToken',
      requestId: 'r-1',
      tokenParams: { clientId: LOCAL_DEV_CLIENT_ID, scope: 'Tasks.ReadWrite' },
    };
    deliver(frame, officeSimMessage({ kind: 'naa', data: JSON.stringify(request) }));
    const [[reply]] = frame.postMessage.mock.calls as [[{ kind: string; data: string }]];
    expect(reply.kind).toBe('naaReply');
    expect(JSON.parse(reply.data)).toMatchObject({ requestId: 'r-1', success: true, token: { access_token: localDevToken(SAM.userId) } });
    expect(grants).toEqual([{ userId: SAM.userId, scopes: ['Tasks.ReadWrite'] }]);
  });

  it('ignores frames it did not register, other origins and foreign messages', () => {
    const { win, deliver } = fakeHostWindow();
    const host = new SimulatedOfficeHost(win);
    const stranger = frameWindow();
    const frame = frameWindow();
    const stop = host.register(frame, { person: SAM, restId: REST_ID, mode: 'read', theme: 'default', locale: 'de-DE' });
    deliver(stranger, officeSimMessage({ kind: 'hello' }));
    deliver(frame, officeSimMessage({ kind: 'hello' }), 'https://evil.example');
    deliver(frame, { channel: 'other', kind: 'hello' });
    stop();
    deliver(frame, officeSimMessage({ kind: 'hello' }));
    expect(stranger.postMessage).not.toHaveBeenCalled();
    expect(frame.postMessage).not.toHaveBeenCalled();
  });
});

describe('office-sim messages', () => {
  it('read back what the host sends, and refuse malformed ones', () => {
    const setup = setupFor({ person: SAM, restId: REST_ID, mode: 'organizer', theme: 'default', locale: 'de-DE' });
    expect(parseOfficeSimMessage(officeSimMessage({ kind: 'setup', setup }))).toEqual({
      channel: OFFICE_SIM_CHANNEL,
      kind: 'setup',
      setup,
    });
    for (const bad of [
      null,
      'hello',
      { channel: OFFICE_SIM_CHANNEL, kind: 'nope' },
      { channel: OFFICE_SIM_CHANNEL, kind: 'naa', data: 42 },
      { channel: OFFICE_SIM_CHANNEL, kind: 'naa', data: 'x'.repeat(40_000) },
      { channel: OFFICE_SIM_CHANNEL, kind: 'setup', setup: { ...setup, item: { ewsId: 'x', mode: 'compose' } } },
      { channel: OFFICE_SIM_CHANNEL, kind: 'setup', setup: { ...setup, requirementSets: { Mailbox: 'latest' } } },
    ]) {
      expect(parseOfficeSimMessage(bad)).toBeNull();
    }
  });

  it('map REST ids to EWS ids and back, as Outlook does', () => {
    expect(ewsIdFromRest(REST_ID)).toBe('AAMkAGI2/evt+1=');
    expect(restIdFromEws(ewsIdFromRest(REST_ID))).toBe(REST_ID);
  });
});
