import { localeFrom } from './host/meeting';

/**
 * Every attendee's Teams and Outlook locale in this simulator, from its address
 * (`?locale=de-DE`, `?locale=ar-SA`, `?locale=qps-ploc`); the language picker
 * reloads the page with another.
 */
export const SIM_LOCALE = localeFrom(window.location.search);
