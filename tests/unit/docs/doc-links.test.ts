/** Every relative link in README.md and docs/ leads to a file, and every #anchor to a heading. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, headingAnchor, headingAnchors, linkTargets, listDocs, readDoc } from './markdown';

const isExternal = (target: string) => /^(https?:|mailto:)/.test(target);

/** Why a link is broken, or null when it leads somewhere. */
function brokenReason(file: string, target: string): string | null {
  const [relative, anchor] = target.split('#') as [string, string | undefined];
  const resolved = relative
    ? path.resolve(path.dirname(path.join(ROOT, file)), relative)
    : path.join(ROOT, file);
  if (!fs.existsSync(resolved)) return `${target}: no such file`;
  if (anchor && resolved.endsWith('.md')) {
    if (!headingAnchors(fs.readFileSync(resolved, 'utf8')).has(anchor)) {
      return `${target}: no heading with that anchor`;
    }
  }
  return null;
}

describe('relative links', () => {
  it('the scan finds links to check', () => {
    expect(linkTargets(readDoc('README.md')).filter((t) => !isExternal(t)).length).toBeGreaterThan(
      5,
    );
  });

  it.each(listDocs())('%s: every relative link leads to a file and heading', (file) => {
    const broken = linkTargets(readDoc(file))
      .filter((target) => !isExternal(target))
      .map((target) => brokenReason(file, target))
      .filter((reason) => reason !== null);
    expect(broken).toEqual([]);
  });
});

describe('headingAnchor', () => {
  it('spells anchors the way GitHub does, Hangul included', () => {
    expect(headingAnchor('The ticker and motion')).toBe('the-ticker-and-motion');
    expect(headingAnchor('1. Choose a source and get a key')).toBe(
      '1-choose-a-source-and-get-a-key',
    );
    expect(headingAnchor('Nalssi (날씨)')).toBe('nalssi-날씨');
    expect(headingAnchor('The `url` field')).toBe('the-url-field');
  });
});
