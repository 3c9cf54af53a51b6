import { describe, expect, it } from 'vitest';
import { widgetText } from '../../../../src/features/embed/widget-messages';

describe('the widget’s words', () => {
  it('count one station in the singular in English, and leave Korean as it is', () => {
    expect(widgetText('en')('count', { count: '1' })).toBe('1 station');
    expect(widgetText('en')('count', { count: '12' })).toBe('12 stations');
    expect(widgetText('ko')('count', { count: '1' })).toBe('1개 관측소');
  });

  it('fill placeholders with text as given', () => {
    expect(widgetText('en')('titleOne', { name: '<b>$&</b>' })).toBe('<b>$&</b> weather');
  });
});
