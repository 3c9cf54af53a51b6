// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountCard } from '../../../../src/features/embed/card-view';
import { widgetText } from '../../../../src/features/embed/widget-messages';
import { observationsInFeedOrder } from '../../support/observations';
import { HOSTILE_NAME, widgetData } from './widget-fixtures';

let root: HTMLElement;
const rows = () => [...root.querySelectorAll<HTMLAnchorElement>('.embed-card-row')];

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => root.remove());

describe('the card view', () => {
  it('lists the stations with a title, a count, the source and the date', () => {
    const card = mountCard(root, { lang: 'ko', t: widgetText('ko') });
    card.update(widgetData());
    expect(root.querySelector('h1')?.textContent).toBe('전국 날씨');
    expect(root.querySelector('.embed-card-count')?.textContent).toBe('3개 관측소');
    expect(rows().map((row) => row.querySelector('.embed-name')?.textContent)).toEqual([
      '속초',
      '강릉',
      '서울',
    ]);
    expect(rows()[1]!.textContent).toContain('흐림강릉17.3℃');
    expect(root.querySelector('.embed-credit')?.textContent).toContain('기상청 제공');
    expect(root.querySelector('.embed-credit')?.textContent).toContain('2024년 5월 21일');
  });

  it('links every row, and the footer, to the dashboard in a new tab with rel=noopener', () => {
    const card = mountCard(root, { lang: 'ko', t: widgetText('ko') });
    card.update(widgetData());
    const links = [...root.querySelectorAll('a')];
    expect(links).toHaveLength(4);
    for (const link of links) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener');
      expect(new URL(link.href).pathname).toMatch(/\/index\.html$/);
    }
    expect(rows().map((row) => new URL(row.href).searchParams.get('station'))).toEqual([
      '90',
      '105',
      '108',
    ]);
  });

  it('speaks English, and heads the card with the title it is given', () => {
    const card = mountCard(root, { lang: 'en', t: widgetText('en') });
    card.update(widgetData(undefined, false, 'Gangwon weather'));
    expect(root.querySelector('h1')?.textContent).toBe('Gangwon weather');
    expect(root.querySelector('.embed-card-count')?.textContent).toBe('3 stations');
    expect(rows()[0]!.textContent).toContain('ClearSokcho15.0℃');
  });

  it('redraws a refresh of the same stations in place, so focus stays', () => {
    const card = mountCard(root, { lang: 'ko', t: widgetText('ko') });
    card.update(widgetData());
    const second = rows()[1]!;
    second.focus();
    card.update(widgetData(undefined, true));
    expect(rows()[1]).toBe(second);
    expect(document.activeElement).toBe(second);
    expect(root.querySelector('.embed-stale')).not.toBeNull();
  });

  it('shows a station name with markup in it as text, creating no element', () => {
    const card = mountCard(root, { lang: 'ko', t: widgetText('ko') });
    card.update(widgetData(observationsInFeedOrder([{ nameKo: HOSTILE_NAME }])));
    expect(rows()[0]!.querySelector('.embed-name')?.textContent).toBe(HOSTILE_NAME);
    expect(root.querySelector('img')).toBeNull();
  });

  it('says so when nothing matches, and is gone after destroy', () => {
    const card = mountCard(root, { lang: 'ko', t: widgetText('ko') });
    card.update(widgetData([]));
    expect(root.querySelector('.embed-empty')?.textContent).toBe(widgetText('ko')('empty'));
    expect(root.querySelector('.embed-card-count')?.textContent).toBe('0개 관측소');
    card.destroy();
    expect(root.childElementCount).toBe(0);
  });
});
