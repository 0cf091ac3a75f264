// Every relative link in README.md and docs/*.md points at a file that exists, and a link to a
// heading (`file.md#heading`) at a heading that exists, as GitHub names it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The Markdown files a reader is sent to: the README and every page under docs/. */
function markdownFiles(): string[] {
  const docs = readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join('docs', name));
  return ['README.md', ...docs];
}

/** The targets of a Markdown text's links and images, `[text](target)`, outside code. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map(
    (match) => match[1]!,
  );
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown text's headings. */
function anchorsOf(markdown: string): Set<string> {
  const prose = markdown.replace(/```[\s\S]*?```/g, '');
  return new Set([...prose.matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) => headingAnchor(match[1]!)));
}

/** What is wrong with one relative link from `file`, or null if it holds. */
function brokenLink(file: string, target: string, root = ROOT): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null; // https:, mailto: and the like
  const [filePart, anchor] = target.split('#') as [string, string | undefined];
  const resolved = filePart
    ? path.resolve(path.dirname(path.join(root, file)), decodeURIComponent(filePart))
    : path.join(root, file);
  if (!existsSync(resolved)) return `${file}: ${target}: no such file`;
  if (anchor && resolved.endsWith('.md')) {
    if (!anchorsOf(readFileSync(resolved, 'utf8')).has(anchor))
      return `${file}: ${target}: no such heading`;
  }
  return null;
}

describe('links in the README and docs/', () => {
  it('finds the links of a Markdown text, and says which one is broken', () => {
    const text =
      '[a](docs/architecture.md) ![b](docs/nowhere.png) `[c](x.md)` [d](https://e.invalid)';
    expect(linkTargets(text)).toEqual([
      'docs/architecture.md',
      'docs/nowhere.png',
      'https://e.invalid',
    ]);
    expect(brokenLink('README.md', 'docs/architecture.md')).toBeNull();
    expect(brokenLink('README.md', 'docs/nowhere.png')).toBe(
      'README.md: docs/nowhere.png: no such file',
    );
    expect(brokenLink('docs/decisions.md', 'health-rules.md')).toBeNull();
    expect(brokenLink('docs/decisions.md', 'architecture.md#no-such-heading')).toBe(
      'docs/decisions.md: architecture.md#no-such-heading: no such heading',
    );
    expect(headingAnchor('Decisions, and why')).toBe('decisions-and-why');
  });

  it.each(markdownFiles())('every relative link in %s points at a file that exists', (file) => {
    const targets = linkTargets(readFileSync(path.join(ROOT, file), 'utf8'));
    if (file === 'README.md') expect(targets.length, 'README.md has no links').toBeGreaterThan(0);
    const broken = targets.map((target) => brokenLink(file, target)).filter(Boolean);
    expect(broken).toEqual([]);
  });
});
