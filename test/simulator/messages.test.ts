import { hostEvent, parseRequest, replyTo } from '../../src/simulator/host';

const UUID = 'd75c867c-1b2a-4c3d-8e9f-a6734e2684c9';

describe('parseRequest', () => {
  it('reads what teams-js posts', () => {
    const posted = { id: 7, uuidAsString: UUID, func: 'getContext', args: [], timestamp: 1, apiVersionTag: 'v2_app.getContext' };
    expect(parseRequest(posted)).toEqual({ id: 7, uuidAsString: UUID, func: 'getContext', args: [] });
  });

  it('keeps the payload of a nested app authentication request', () => {
    const posted = { id: 2, uuidAsString: UUID, func: 'nestedAppAuth.execute', args: [], data: '{"messageType":"NestedAppAuthRequest"}' };
    expect(parseRequest(posted)).toEqual({ ...posted, data: '{"messageType":"NestedAppAuthRequest"}' });
  });

  it('treats missing args as none', () => {
    expect(parseRequest({ id: 0, func: 'initialize' })).toEqual({ id: 0, func: 'initialize', args: [] });
  });

  it.each([
    ['not an object', 'initialize'],
    ['null', null],
    ['no id', { func: 'getContext', args: [] }],
    ['a string id', { id: '1', func: 'getContext', args: [] }],
    ['a negative id', { id: -1, func: 'getContext', args: [] }],
    ['a fractional id', { id: 1.5, func: 'getContext', args: [] }],
    ['no func', { id: 1, args: [] }],
    ['an empty func', { id: 1, func: '', args: [] }],
    ['a huge func', { id: 1, func: 'x'.repeat(500), args: [] }],
    ['args not an array', { id: 1, func: 'getContext', args: 'a' }],
    ['too many args', { id: 1, func: 'getContext', args: new Array(100).fill(0) }],
    ['a malformed uuid', { id: 1, uuidAsString: 'nope', func: 'getContext', args: [] }],
    ['an event (no id)', { func: 'themeChange', args: ['dark'] }],
    ['a payload that is not a string', { id: 1, func: 'nestedAppAuth.execute', args: [], data: { method: 'GetToken' } }],
    ['a huge payload', { id: 1, func: 'nestedAppAuth.execute', args: [], data: 'x'.repeat(40_000) }],
  ])('ignores %s', (_, data) => {
    expect(parseRequest(data)).toBeNull();
  });
});

describe('replies and events', () => {
  it('echo the id and the uuid, so teams-js matches the reply', () => {
    expect(replyTo({ id: 3, uuidAsString: UUID, func: 'x', args: [] }, [true])).toEqual({ id: 3, uuidAsString: UUID, args: [true] });
    expect(replyTo({ id: 3, func: 'x', args: [] }, [true])).toEqual({ id: 3, args: [true] });
  });

  it('carry no id on events, which teams-js would take for a reply', () => {
    expect(hostEvent('themeChange', ['dark'])).toEqual({ func: 'themeChange', args: ['dark'] });
  });
});
