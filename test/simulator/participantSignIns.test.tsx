/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { COACH } from '../../src/simulator/meetingAddress';
import { ParticipantSignIns, signInText } from '../../src/simulator/ParticipantSignIns';
import type { SignIn } from '../../src/simulator/simulatorState';

function renderSignIns(signIns: SignIn[]) {
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <ParticipantSignIns person={COACH} signIns={signIns} />
    </FluentProvider>,
  );
}

const region = () => screen.getByRole('region', { name: 'Alex’s sign-ins' });

describe('ParticipantSignIns', () => {
  it('says none yet, in a labelled region with a polite live region ready', () => {
    renderSignIns([]);
    expect(region()).toHaveTextContent(/None yet/);
    expect(within(region()).queryByRole('list')).toBeNull();
    expect(region().querySelector('[aria-live="polite"]')).toBeEmptyDOMElement();
  });

  it('lists each token Teams gave, and announces the newest', () => {
    const view = renderSignIns([{ scopes: ['Calendars.Read.Shared'], count: 1 }]);
    view.rerender(
      <FluentProvider theme={teamsLightTheme}>
        <ParticipantSignIns
          person={COACH}
          signIns={[
            { scopes: ['Calendars.Read.Shared'], count: 2 },
            { scopes: ['Calendars.ReadWrite', 'ChatMessage.Send'], count: 1 },
          ]}
        />
      </FluentProvider>,
    );
    const items = within(region()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Teams gave Alex a token for Calendars.Read.Shared (2 times)',
      'Teams gave Alex a token for Calendars.ReadWrite and ChatMessage.Send',
    ]);
    expect(region().querySelector('[aria-live="polite"]')).toHaveTextContent(
      'Teams gave Alex a token for Calendars.ReadWrite and ChatMessage.Send.',
    );
  });

  it('names three scopes as a list', () => {
    expect(signInText(COACH, { scopes: ['A', 'B', 'C'], count: 1 })).toBe('Teams gave Alex a token for A, B and C');
  });
});
