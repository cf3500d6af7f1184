import { relaySignInResponse } from '../auth/redirectBridge';

// auth-redirect.html: where a sign-in popup lands (MSAL's redirect bridge).
relaySignInResponse().catch(() => {
  // Opened directly, not as a sign-in popup: say so instead of a blank page.
  document.body.textContent = 'This page finishes a Stagecoach sign-in. You can close it.';
});
