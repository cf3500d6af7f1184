/**
 * The version of the rules that fold a session: the handlers, criteria and
 * limits. Raise it whenever a change would fold an existing log differently
 * (a tightened limit, a new criterion), and keep the old behaviour for ops
 * made under an older version (docs/live-sync.md, "Versions").
 */
export const RULES_VERSION = 1;
