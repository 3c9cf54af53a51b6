// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { el, svgEl } from '../../../../src/features/embed/dom';
import { HOSTILE_NAME } from './widget-fixtures';

describe('el, the element helper of the widget views', () => {
  it('builds elements with attributes and text or element children', () => {
    const link = el('a', { class: 'x', href: '/a', hidden: false, 'data-n': 3 }, [
      'hello ',
      el('b', {}, ['world']),
      null,
      false,
    ]);
    expect(link.outerHTML).toBe('<a class="x" href="/a" data-n="3">hello <b>world</b></a>');
  });

  it('turns strings into text, never markup', () => {
    const span = el('span', { title: HOSTILE_NAME }, [HOSTILE_NAME]);
    expect(span.textContent).toBe(HOSTILE_NAME);
    expect(span.children).toHaveLength(0);
    expect(span.getAttribute('title')).toBe(HOSTILE_NAME);
  });

  it('refuses event-handler attributes', () => {
    expect(() => el('img', { onerror: 'alert(1)' })).toThrow(/addEventListener/);
    expect(() => svgEl('svg', { OnLoad: 'alert(1)' })).toThrow(/addEventListener/);
  });

  it('creates SVG in the SVG namespace', () => {
    const path = svgEl('path', { d: 'M0 0h1' });
    expect(path.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(path.getAttribute('d')).toBe('M0 0h1');
  });
});
