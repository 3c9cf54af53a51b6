import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeControl } from '../../../../src/features/time-control/time-control';
import { PLAYBACK_INTERVAL_MS } from '../../../../src/features/time-control/hour-steps';
import { renderInLanguage } from '../../support/render';

const TIMES = [
  '2024-05-21T12:00:00+09:00',
  '2024-05-21T13:00:00+09:00',
  '2024-05-21T14:00:00+09:00',
  '2024-05-21T15:00:00+09:00',
];

function renderControl(index: number, lang: 'ko' | 'en' = 'ko') {
  const onChange = vi.fn();
  const view = renderInLanguage(
    <TimeControl times={TIMES} index={index} nowTime={TIMES[3]!} onChange={onChange} />,
    lang,
  );
  return { onChange, ...view };
}

describe('TimeControl', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the chosen hour in Korea time, and says "now" at the end', () => {
    renderControl(1);
    expect(screen.getByRole('slider', { name: '보여 줄 관측 시각' })).toHaveValue('1');
    expect(screen.getByRole('status')).toHaveTextContent('5월 21일 13:00');
    renderControl(3, 'en');
    expect(screen.getByRole('slider', { name: 'Hour shown' })).toHaveAttribute(
      'aria-valuetext',
      // ICU versions differ in the joining word ("21 May, 15:00" / "21 May at 15:00").
      expect.stringMatching(/^Now \(21 May.* 15:00\)$/),
    );
  });

  it('steps push a history entry; the end buttons are disabled where they lead nowhere', () => {
    const { onChange } = renderControl(0);
    expect(screen.getByRole('button', { name: '한 시간 전' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: '한 시간 뒤' }));
    expect(onChange).toHaveBeenLastCalledWith(1, 'push');
    fireEvent.click(screen.getByRole('button', { name: '지금' }));
    expect(onChange).toHaveBeenLastCalledWith(3, 'push');
  });

  it('moving the slider pushes its hour', () => {
    const { onChange } = renderControl(3);
    fireEvent.change(screen.getByRole('slider'), { target: { value: '0' } });
    expect(onChange).toHaveBeenLastCalledWith(0, 'push');
  });

  it('is paused until asked; playing replaces the entry once per interval', () => {
    const { onChange } = renderControl(1);
    act(() => vi.advanceTimersByTime(PLAYBACK_INTERVAL_MS * 3));
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '시간 흐름 재생' }));
    act(() => vi.advanceTimersByTime(PLAYBACK_INTERVAL_MS));
    expect(onChange).toHaveBeenLastCalledWith(2, 'replace');
    fireEvent.click(screen.getByRole('button', { name: '재생 멈춤' }));
    act(() => vi.advanceTimersByTime(PLAYBACK_INTERVAL_MS * 3));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
