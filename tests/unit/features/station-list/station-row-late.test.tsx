import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { StationList } from '../../../../src/features/station-list/station-list';
import { giveElementsASize } from '../../support/layout';
import { observationsInFeedOrder } from '../../support/observations';
import { renderInLanguage } from '../../support/render';

describe('StationList: late stations', () => {
  beforeEach(() => giveElementsASize());

  it('mutes a late row and says its age; current rows stay as they are', () => {
    const stations = observationsInFeedOrder([
      { stationId: '105', nameKo: '강릉' },
      { stationId: '108', nameKo: '서울' },
    ]);
    renderInLanguage(
      <StationList
        stations={stations}
        selectedId={null}
        onSelect={() => {}}
        late={new Map([['105', 3 * 3_600_000 + 10 * 60_000]])}
      />,
    );
    const late = screen.getByRole('option', { name: /강릉/ });
    expect(late).toHaveClass('station-late');
    expect(late).toHaveTextContent('3시간 전 관측');
    const current = screen.getByRole('option', { name: /서울/ });
    expect(current).not.toHaveClass('station-late');
    expect(current).not.toHaveTextContent('전 관측');
  });
});
