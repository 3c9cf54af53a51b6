import { describe, expect, it } from 'vitest';
import {
  MAX_WIDGET_HEIGHT,
  RESIZE_MESSAGE_TYPE,
  isResizeMessage,
  resizeMessage,
} from '../../../../src/features/embed/protocol';

describe('the resize message guard', () => {
  it('accepts the one message shape', () => {
    expect(isResizeMessage({ type: 'nalssi:resize', id: 'nalssi-1', height: 40 })).toBe(true);
    expect(isResizeMessage(resizeMessage('nalssi-2', 312.4))).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'nalssi:resize'],
    ['an array', ['nalssi:resize', 'nalssi-1', 40]],
    ['another type', { type: 'resize', id: 'nalssi-1', height: 40 }],
    ['a missing id', { type: RESIZE_MESSAGE_TYPE, height: 40 }],
    ['a numeric id', { type: RESIZE_MESSAGE_TYPE, id: 1, height: 40 }],
    ['an id with markup', { type: RESIZE_MESSAGE_TYPE, id: '<img onerror=x>', height: 40 }],
    ['an overlong id', { type: RESIZE_MESSAGE_TYPE, id: 'x'.repeat(65), height: 40 }],
    ['a string height', { type: RESIZE_MESSAGE_TYPE, id: 'a', height: '40px' }],
    ['NaN', { type: RESIZE_MESSAGE_TYPE, id: 'a', height: Number.NaN }],
    ['Infinity', { type: RESIZE_MESSAGE_TYPE, id: 'a', height: Number.POSITIVE_INFINITY }],
    ['a negative height', { type: RESIZE_MESSAGE_TYPE, id: 'a', height: -1 }],
    ['a huge height', { type: RESIZE_MESSAGE_TYPE, id: 'a', height: MAX_WIDGET_HEIGHT + 1 }],
  ])('rejects %s', (_, data) => {
    expect(isResizeMessage(data)).toBe(false);
  });

  it('builds messages with whole, bounded heights', () => {
    expect(resizeMessage('w', 39.2)).toEqual({ type: RESIZE_MESSAGE_TYPE, id: 'w', height: 40 });
    expect(resizeMessage('w', 1e9).height).toBe(MAX_WIDGET_HEIGHT);
    expect(resizeMessage('w', -3).height).toBe(0);
  });
});
