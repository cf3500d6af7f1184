import type { z } from 'zod';
import type { ExpectedKind, FieldProblem, Refusal, TextFormat } from './refusals';

// Zod's own messages are English sentences for developers; a refused message
// is reported as data instead: where (the issue's path), what is wrong (its
// code, or the FieldProblem our own checks carry as params) and the limit.

const EXPECTED: Readonly<Record<string, ExpectedKind>> = {
  string: 'text',
  number: 'number',
  int: 'wholeNumber',
  boolean: 'boolean',
  object: 'object',
  array: 'list',
};

const FORMATS: Readonly<Record<string, TextFormat>> = { email: 'email', url: 'webAddress' };

const PROBLEMS: ReadonlySet<string> = new Set<FieldProblem['problem']>([
  'missing',
  'wrongType',
  'empty',
  'tooLong',
  'tooSmall',
  'tooBig',
  'tooFew',
  'tooMany',
  'format',
  'noSuchDate',
  'unknownValue',
]);

/** The params of one of our checks (commands.ts `says`): set only by the schema, so the problem's name is enough. */
function isFieldProblem(params: unknown): params is FieldProblem {
  return typeof params === 'object' && params !== null && PROBLEMS.has(String((params as { problem?: unknown }).problem));
}

function lookUp<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** What a zod issue says is wrong with its field. */
function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  switch (issue.code) {
    case 'custom':
      return isFieldProblem(issue.params) ? issue.params : { problem: 'unknownValue' };
    case 'invalid_type':
      if (issue.input === undefined) return { problem: 'missing' };
      return { problem: 'wrongType', expected: lookUp(EXPECTED, issue.expected) ?? 'other' };
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { problem: 'tooLong', max };
      return issue.origin === 'array' || issue.origin === 'set' ? { problem: 'tooMany', max } : { problem: 'tooBig', max };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      // The schemas ask of text only that it is there (at least one character).
      if (issue.origin === 'string') return { problem: 'empty' };
      return issue.origin === 'array' || issue.origin === 'set' ? { problem: 'tooFew', min } : { problem: 'tooSmall', min };
    }
    case 'invalid_format':
      return { problem: 'format', format: lookUp(FORMATS, issue.format) ?? 'other' };
    default:
      return { problem: 'unknownValue' };
  }
}

/**
 * The refusal of a message (`whole` = 'message', the envelope) or of its
 * command (`whole` = 'command') that fails its schema: the first issue, as data.
 * Parse with `reportInput: true`, so a missing field can be told from a wrong one.
 */
export function schemaRefusal(issue: z.core.$ZodIssue | undefined, whole: 'message' | 'command'): Refusal {
  const field = (issue?.path ?? []).map(String).join('.');
  const notWhole = whole === 'message' ? ({ key: 'notAMessage' } as const) : ({ key: 'unknownCommand' } as const);
  if (!issue) return notWhole;
  // Not an object at all, or (for a command) not a type this Stagecoach knows.
  if (field === '' && issue.code === 'invalid_type') return notWhole;
  if (whole === 'command' && issue.code === 'invalid_union' && (field === '' || field === 'type')) return notWhole;
  return { key: 'invalidField', field, ...problemOf(issue) };
}
