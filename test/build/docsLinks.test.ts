import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// Every relative link in the README, CONTRIBUTING.md and docs/ must lead
// somewhere: to a file or folder of the repository and, with a #fragment, to
// a heading of that Markdown file as GitHub names its anchors. Links to other
// sites are not followed.
const root = path.resolve(__dirname, '../..');

function markdownUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return markdownUnder(full);
    return name.endsWith('.md') ? [full] : [];
  });
}

const FILES = [path.join(root, 'README.md'), path.join(root, 'CONTRIBUTING.md'), ...markdownUnder(path.join(root, 'docs'))];

/** The text outside fenced code blocks and code spans, where links and headings are Markdown. */
function prose(markdown: string): string[] {
  const lines: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === null ? marker : null;
      lines.push('');
      continue;
    }
    lines.push(fence === null ? line.replace(/(`+)[^`]*?\1/g, '') : '');
  }
  return lines;
}

/**
 * GitHub's anchor for a heading (github-slugger): the heading's text as
 * rendered, lower-cased, with everything but letters, digits, marks, `_`,
 * `-` and spaces removed, and each space turned into `-`.
 */
function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
    .replace(/<[^>]+>/g, '') // inline HTML tags
    .replace(/`([^`]*)`/g, '$1') // code spans: their content
    .replace(/(\*{1,3})(\S(?:.*?\S)?)\1/g, '$2') // emphasis
    .trim();
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

/** Every anchor a Markdown file offers: its ATX headings' slugs, repeated ones numbered as GitHub does. */
function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  let fence: string | null = null;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === null ? marker : null;
      continue;
    }
    const heading = fence === null ? /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)?.[1] : undefined;
    if (heading === undefined) continue;
    const base = slug(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

interface Link {
  file: string;
  line: number;
  target: string;
}

/** Inline links and images, reference definitions, and HTML `href`/`src` attributes. */
function linksOf(file: string): Link[] {
  const links: Link[] = [];
  prose(readFileSync(file, 'utf8')).forEach((text, index) => {
    const add = (target: string) => links.push({ file, line: index + 1, target });
    for (const m of text.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g)) add(m[1]!);
    const definition = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(text);
    if (definition) add(definition[1]!);
    for (const m of text.matchAll(/<(?:a|img)\b[^>]*?\b(?:href|src)\s*=\s*["']([^"']+)["']/gi)) add(m[1]!);
  });
  return links;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

/** What is wrong with a link, or null when it resolves. */
function problemWith({ file, target }: Link): string | null {
  const hash = target.indexOf('#');
  const filePart = decodeURIComponent(hash === -1 ? target : target.slice(0, hash));
  const fragment = hash === -1 ? null : decodeURIComponent(target.slice(hash + 1));
  const resolved = filePart === '' ? file : path.resolve(path.dirname(file), filePart);
  if (!resolved.startsWith(root + path.sep) && resolved !== root) return 'leads outside the repository';
  if (!existsSync(resolved)) return `${path.relative(root, resolved)} does not exist`;
  if (fragment === null) return null;
  if (!resolved.endsWith('.md') || statSync(resolved).isDirectory()) return 'has an anchor on something that is not a Markdown file';
  return anchorsOf(resolved).has(fragment) ? null : `${path.relative(root, resolved)} has no heading #${fragment}`;
}

describe('the Markdown docs', () => {
  it('are found: the README, CONTRIBUTING.md and docs/', () => {
    for (const file of FILES.slice(0, 2)) expect(existsSync(file)).toBe(true);
    expect(FILES.length).toBeGreaterThan(2);
  });

  it.each(FILES.map((file) => [path.relative(root, file), file]))('%s: every relative link resolves to a file or a heading', (_name, file) => {
    const broken = linksOf(file)
      .filter((link) => !isExternal(link.target))
      .flatMap((link) => {
        const problem = problemWith(link);
        return problem ? [`line ${link.line}: ${link.target} (${problem})`] : [];
      });
    expect(broken).toEqual([]);
  });
});

describe('slug, as GitHub names heading anchors', () => {
  it.each([
    ['Microsoft Graph (delegated) scopes', 'microsoft-graph-delegated-scopes'],
    ['How authorship is proven (`src/sync/authorship.ts`)', 'how-authorship-is-proven-srcsyncauthorshipts'],
    ['Between sessions: To Do and My coaching', 'between-sessions-to-do-and-my-coaching'],
    ['The coach’s private notes', 'the-coachs-private-notes'],
    ['With the **Microsoft 365** Agents Toolkit', 'with-the-microsoft-365-agents-toolkit'],
    ['snake_case and a-b', 'snake_case-and-a-b'],
  ])('%s → #%s', (heading, expected) => {
    expect(slug(heading)).toBe(expected);
  });
});
