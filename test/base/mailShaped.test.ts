import { MAIL_ADDRESS_MAX, mailShaped } from '../../src/base';

describe('mailShaped', () => {
  it('takes an address-shaped name, trimmed', () => {
    expect(mailShaped(' jdoe@corp.contoso.com ')).toBe('jdoe@corp.contoso.com');
    expect(mailShaped('kim_fabrikam.com#EXT#@contoso.onmicrosoft.com')).toBe('kim_fabrikam.com#EXT#@contoso.onmicrosoft.com');
  });

  it('refuses what is not one: no @, no dotted domain, spaces, markup or not a string', () => {
    for (const value of ['not an address', 'sam@localhost', 'sam @contoso.com', '<b>sam</b>', '', null, 42]) {
      expect(mailShaped(value)).toBeNull();
    }
  });

  it('refuses one longer than a mailbox may be', () => {
    const at = '@contoso.com';
    expect(mailShaped(`${'a'.repeat(MAIL_ADDRESS_MAX - at.length)}${at}`)).not.toBeNull();
    expect(mailShaped(`${'a'.repeat(MAIL_ADDRESS_MAX - at.length + 1)}${at}`)).toBeNull();
  });
});
