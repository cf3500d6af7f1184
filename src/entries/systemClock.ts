import type { Clock } from '../ports';

/** The real clock; today's date in the user's own time zone. */
export const systemClock: Clock = {
  now: () => Date.now(),
  today: () => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  },
};
