import { describe, expect, it } from 'vitest';
import { widgetTitle } from '../../../../src/features/embed/widget-title';
import { loadSampleFeed } from '../../support/sample-feed';

const { observations } = loadSampleFeed();
const title = (selection: { stations?: string[]; region?: string | null }, lang: 'ko' | 'en') =>
  widgetTitle(
    { stations: selection.stations ?? [], region: selection.region ?? null },
    observations,
    lang,
  );

describe('the widget title', () => {
  it('names the first listed station and counts the others', () => {
    expect(title({ stations: ['279', '90', '108', '159'] }, 'ko')).toBe('구미 외 3곳 날씨');
    expect(title({ stations: ['279', '90', '108', '159'] }, 'en')).toBe('Gumi and 3 more');
  });

  it('names a single station on its own', () => {
    expect(title({ stations: ['90'] }, 'ko')).toBe('속초 날씨');
    expect(title({ stations: ['90'] }, 'en')).toBe('Sokcho weather');
  });

  it('names a province by its short form', () => {
    expect(title({ region: '강원특별자치도' }, 'ko')).toBe('강원 날씨');
    expect(title({ region: '강원특별자치도' }, 'en')).toBe('Gangwon weather');
    expect(title({ region: '경상북도' }, 'ko')).toBe('경북 날씨');
    expect(title({ region: '서울특별시' }, 'en')).toBe('Seoul weather');
  });

  it('says the whole country when nothing narrows the place', () => {
    expect(title({}, 'ko')).toBe('전국 날씨');
    expect(title({}, 'en')).toBe('Korea weather');
  });

  it('prefers the station list to the province, which only narrows it', () => {
    expect(title({ stations: ['90', '105'], region: '강원특별자치도' }, 'ko')).toBe(
      '속초 외 1곳 날씨',
    );
  });

  it('skips station numbers the feed does not know when naming, but still counts them', () => {
    expect(title({ stations: ['999', '279'] }, 'ko')).toBe('구미 외 1곳 날씨');
    expect(title({ stations: ['999'], region: '경상북도' }, 'ko')).toBe('경북 날씨');
    expect(title({ stations: ['999'] }, 'en')).toBe('Korea weather');
  });
});
