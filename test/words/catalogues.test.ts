import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { LANGUAGES } from '../../src/words';

// Translations are complete and honest: every language has every key, no key
// goes unused, and each message takes the same arguments as the English one
// (a translator who renames {name} would otherwise drop it silently).

const ROOT = join(__dirname, '../../src/words/catalogues');
const SRC = join(__dirname, '../../src');

const areas = readdirSync(join(ROOT, 'en'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

const read = (language: string, area: string): Record<string, string> =>
  JSON.parse(readFileSync(join(ROOT, language, `${area}.json`), 'utf8')) as Record<string, string>;

/** The names a message takes: its placeholders, plurals and selects, however deep. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  // A compiled message is a list of literal strings and placeholders: [name] or [name, type, { branch: message }].
  const walkMessage = (compiled: unknown): void => {
    if (!Array.isArray(compiled)) return;
    for (const part of compiled) {
      if (!Array.isArray(part)) continue;
      names.add(String(part[0]));
      const branches: unknown = part[2];
      if (typeof branches === 'object' && branches !== null && !Array.isArray(branches)) Object.values(branches).forEach(walkMessage);
    }
  };
  walkMessage(compileMessageOrThrow(message));
  return [...names].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path.startsWith(ROOT) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the catalogues', () => {
  it('have the same areas in every language', () => {
    for (const language of LANGUAGES) {
      const files = readdirSync(join(ROOT, language)).filter((f) => f.endsWith('.json'));
      expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...areas].sort());
    }
  });

  describe.each(areas)('%s', (area) => {
    const english = read('en', area);

    it('names every key after its area', () => {
      expect(Object.keys(english).filter((id) => !id.startsWith(`${area}.`))).toEqual([]);
    });

    it.each(LANGUAGES.filter((l) => l !== 'en'))('has every key in %s, and no other', (language) => {
      const translated = read(language, area);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
    });

    it.each(LANGUAGES.filter((l) => l !== 'en'))('takes the same arguments in %s as in English', (language) => {
      const translated = read(language, area);
      const differing = Object.keys(english).filter(
        (id) => id in translated && argumentsOf(translated[id]!).join() !== argumentsOf(english[id]!).join(),
      );
      expect(differing).toEqual([]);
    });

    it('has no empty message', () => {
      for (const language of LANGUAGES) {
        expect(Object.entries(read(language, area)).filter(([, m]) => m.trim() === '')).toEqual([]);
      }
    });
  });

  it('has no key that the code never says', () => {
    // Ids are written out in full where they are used (never built from pieces), so a plain search finds each one.
    const code = sourceFiles(SRC)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = areas.flatMap((area) => Object.keys(read('en', area))).filter((id) => !code.includes(`'${id}'`));
    expect(unused).toEqual([]);
  });
});

describe('argumentsOf (the parity check itself)', () => {
  it('finds placeholders, plural and select names, nested', () => {
    expect(argumentsOf('{count, plural, one {# step for {name}} other {# steps}} by {who}')).toEqual(['count', 'name', 'who']);
    expect(argumentsOf('{role, select, coach {You} other {They}}')).toEqual(['role']);
    expect(argumentsOf('No arguments')).toEqual([]);
  });
});
