import type { Messages } from '@lingui/core';

// Pseudo-localisation from the English catalogue: every letter accented and
// each message about 40% longer (German runs about 30% longer than English),
// in brackets, so a truncated or overlapping text shows at once.

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'aeiouyAEIOUYcnsz'].map((c, i) => [c, [...'áéíóúýÁÉÍÓÚÝçñšž'][i]!]),
);

function accent(text: string): string {
  // '#' is a plural's number and must survive.
  return [...text].map((c) => ACCENTED[c] ?? c).join('');
}

type Compiled = string | readonly unknown[];

function pseudoPart(part: unknown): unknown {
  if (typeof part === 'string') return accent(part);
  if (!Array.isArray(part)) return part;
  // [name], or [name, 'plural' | 'select' | …, { branch: message }]
  const [name, type, branches] = part as [unknown, unknown, unknown];
  if (typeof branches !== 'object' || branches === null) return part;
  // Branches are messages; a plural's `offset` is a number (or undefined) and stays.
  const mapped = Object.fromEntries(
    Object.entries(branches).map(([key, value]) => [
      key,
      typeof value === 'string' || Array.isArray(value) ? pseudoMessage(value as Compiled) : value,
    ]),
  );
  return [name, type, mapped];
}

function pseudoMessage(message: Compiled): Compiled {
  return typeof message === 'string' ? accent(message) : message.map(pseudoPart);
}

/** About 40% more, in short runs a line may break between, as the extra words of a longer language would. */
function padding(message: Compiled): string {
  const length = JSON.stringify(message).length;
  const dots = Math.max(1, Math.round(length * 0.4));
  const runs = [...Array<string>(Math.floor(dots / 5)).fill('·····'), '·'.repeat(dots % 5)].filter((run) => run !== '');
  return ` ${runs.join(' ')}`;
}

/** Compiled English messages, pseudo-localised. */
export function pseudoCatalogue(messages: Readonly<Record<string, Compiled>>): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([id, message]) => {
      const body = pseudoMessage(message);
      return [id, ['[', ...(typeof body === 'string' ? [body] : body), padding(message), ']']];
    }),
  ) as Messages;
}
