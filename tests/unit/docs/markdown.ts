/** Reading the project's Markdown the way its tests need: files, links, headings, marked examples. */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

/** README.md and every Markdown file under docs/, as paths relative to the root. */
export function listDocs(): string[] {
  const underDocs = fs
    .readdirSync(path.join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join('docs', name));
  return ['README.md', ...underDocs.sort()];
}

export const readDoc = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** Drops fenced code blocks, whose brackets and parentheses are code, not links. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/** Targets of inline links and images: `[text](target)` and `![alt](target)`. */
export function linkTargets(markdown: string): string[] {
  return [...withoutCode(markdown).matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

export function headingAnchors(markdown: string): Set<string> {
  return new Set(
    [...withoutCode(markdown).matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => headingAnchor(m[1]!)),
  );
}

/** The ```json blocks that follow `<!-- example: NAME -->`, parsed. */
export function markedJsonExamples(markdown: string, name: string): unknown[] {
  const marker = new RegExp(`<!-- example: ${name} -->\\s*\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``, 'g');
  return [...markdown.matchAll(marker)].map((m) => JSON.parse(m[1]!) as unknown);
}

export const countJsonBlocks = (markdown: string) => markdown.match(/^```json$/gm)?.length ?? 0;
