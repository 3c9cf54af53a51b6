import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StationNotFound } from '../../../../src/features/station-details/station-not-found';
import { renderInLanguage } from '../../support/render';

describe('StationNotFound', () => {
  it('says which station number the address asked for, as an alert', () => {
    renderInLanguage(<StationNotFound stationId="999" pastHour={false} onClose={() => {}} />, 'ko');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAccessibleName('관측소를 찾을 수 없습니다');
    expect(alert).toHaveTextContent('지점번호 999');
    expect(alert).not.toHaveTextContent('다른 시각');
  });

  it('at a past hour, suggests another hour (English)', () => {
    renderInLanguage(<StationNotFound stationId="12" pastHour onClose={() => {}} />, 'en');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAccessibleName('Station not found');
    expect(alert).toHaveTextContent('Station no. 12');
    expect(alert).toHaveTextContent('Try another hour');
  });

  it('closes with its button and with Escape', async () => {
    const onClose = vi.fn();
    renderInLanguage(<StationNotFound stationId="999" pastHour={false} onClose={onClose} />, 'ko');
    await userEvent.click(screen.getByRole('button', { name: '닫기' }));
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
