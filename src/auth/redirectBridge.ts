import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

/**
 * The popup's landing page (auth-redirect.html): hands Entra's answer back to
 * the window that opened the popup, then the popup closes. Nothing else runs
 * here, so no Teams or Live Share start-up happens inside the popup.
 */
export function relaySignInResponse(): Promise<void> {
  return broadcastResponseToMainFrame();
}
