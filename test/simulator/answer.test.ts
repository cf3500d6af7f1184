import { answer, RUNTIME, SIM_TENANT_ID, type HostView, type SimFrame, type SimPerson } from '../../src/simulator/host';

const ALEX: SimPerson = { userId: 'sim-alex', displayName: 'Alex', part: 'coach', email: 'alex@contoso.example' };
const SAM: SimPerson = { userId: 'sim-sam', displayName: 'Sam', part: 'coachee', email: 'sam@contoso.example' };
const ORIGIN = 'http://localhost:3000';
const view: HostView = {
  meeting: { meetingId: 'sim-1', organizer: ALEX, theme: 'dark' },
  origin: ORIGIN,
  savedConfig: null,
  stageOpen: false,
  fluidEndpoint: 'http://localhost:7070',
};
const panelOf = (person: SimPerson): SimFrame => ({ person, frameContext: 'sidePanel' });
const settings: SimFrame = { person: ALEX, frameContext: 'settings' };
const request = (func: string, args: unknown[] = []) => ({ id: 1, func, args });

describe('answer', () => {
  it('answers initialize with the frame context, then the runtime as a JSON string last, where teams-js looks for NAA', () => {
    const { reply } = answer(request('initialize', ['2.58.0', 4]), panelOf(SAM), view);
    expect(reply?.slice(0, 3)).toEqual(['sidePanel', 'web', '2.0.1']);
    expect(JSON.parse(reply?.[3] as string)).toEqual(RUNTIME);
    expect(RUNTIME.supports.pages.config).toBeDefined();
    expect(RUNTIME.supports.nestedAppAuth).toEqual({});
  });

  it('gives each participant their own context in the same meeting', () => {
    const [alex] = answer(request('getContext'), panelOf(ALEX), view).reply as [Record<string, unknown>];
    const [sam] = answer(request('getContext'), panelOf(SAM), view).reply as [Record<string, unknown>];
    expect(sam).toMatchObject({
      meetingId: 'sim-1',
      chatId: '19:meeting_sim-1@thread.v2',
      userObjectId: 'sim-sam',
      userDisplayName: 'Sam',
      tid: SIM_TENANT_ID,
      theme: 'dark',
      frameContext: 'sidePanel',
    });
    expect(alex).toMatchObject({ meetingId: 'sim-1', chatId: sam.chatId, userObjectId: 'sim-alex' });
  });

  it('names the coach as organizer, at the top level of the meeting details', () => {
    const { reply } = answer(request('meeting.getMeetingDetails'), panelOf(SAM), view);
    expect(reply).toEqual([null, expect.objectContaining({ organizer: { id: 'sim-alex', tenantId: SIM_TENANT_ID } })]);
  });

  it('lets side panels share to the stage, only with pages of the app’s own origin', () => {
    expect(answer(request('meeting.getAppContentStageSharingCapabilities'), panelOf(ALEX), view).reply).toEqual([
      null,
      { doesAppHaveSharePermission: true },
    ]);
    expect(answer(request('meeting.shareAppContentToStage', [`${ORIGIN}/stage.html`]), panelOf(ALEX), view)).toEqual({
      reply: [null, true],
      effect: { kind: 'shareToStage', url: `${ORIGIN}/stage.html` },
    });
    for (const url of ['https://evil.example/stage.html', 'javascript:alert(1)', 42]) {
      const outcome = answer(request('meeting.shareAppContentToStage', [url]), panelOf(ALEX), view);
      expect(outcome.reply?.[0]).toMatchObject({ errorCode: 4000 });
      expect(outcome.effect).toBeUndefined();
    }
  });

  it('saves a valid configuration from the configuration page', () => {
    const config = { contentUrl: `${ORIGIN}/sidePanel.html?theme={theme}`, entityId: 'stagecoach' };
    expect(answer(request('settings.setSettings', [config]), settings, view)).toEqual({
      reply: [true],
      effect: { kind: 'configSaved', config: expect.objectContaining(config) },
    });
  });

  it('refuses a configuration from elsewhere, or pointing elsewhere', () => {
    const config = { contentUrl: `${ORIGIN}/sidePanel.html` };
    expect(answer(request('settings.setSettings', [config]), panelOf(ALEX), view).reply?.[0]).toBe(false);
    const away = answer(request('settings.setSettings', [{ contentUrl: 'https://evil.example/x.html' }]), settings, view);
    expect(away.reply?.[0]).toBe(false);
    expect(away.effect).toBeUndefined();
  });

  it('tracks validity, save results and start-up status', () => {
    expect(answer(request('settings.setValidityState', [true]), settings, view).effect).toEqual({ kind: 'validity', valid: true });
    expect(answer(request('settings.save.success'), settings, view).effect).toEqual({ kind: 'saveResult', ok: true });
    expect(answer(request('appInitialization.success', ['2.58.0']), panelOf(SAM), view)).toEqual({
      effect: { kind: 'status', status: { state: 'ready' } },
    });
    expect(answer(request('appInitialization.failure', ['Other', 'No store']), panelOf(SAM), view).effect).toEqual({
      kind: 'status',
      status: { state: 'failed', reason: 'No store' },
    });
  });

  it('answers nothing to one-way requests', () => {
    expect(answer(request('registerHandler', ['themeChange']), panelOf(SAM), view).reply).toBeUndefined();
  });
});
