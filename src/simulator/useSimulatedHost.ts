import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ThemeName } from '../ports';
import { hostEvent, SimulatedTeamsHost, type HostEffect, type HostView } from './host';

/**
 * One simulated Teams host for the page's lifetime, kept up to date with the
 * meeting after every render, so answers always see the current theme and tab.
 */
export function useSimulatedHost(view: HostView, onEffect: (paneId: string, effect: HostEffect) => void): SimulatedTeamsHost {
  const [host] = useState(() => new SimulatedTeamsHost(window, window.sessionStorage));
  // A layout effect: in place before any frame's first message can arrive.
  useLayoutEffect(() => host.update(view, onEffect));
  useEffect(() => () => host.dispose(), [host]);

  // Teams tells every open app frame when the user switches theme.
  const theme: ThemeName = view.meeting.theme;
  const lastTheme = useRef(theme);
  useEffect(() => {
    if (theme !== lastTheme.current) host.broadcast(hostEvent('themeChange', [theme]));
    lastTheme.current = theme;
  }, [host, theme]);
  return host;
}
