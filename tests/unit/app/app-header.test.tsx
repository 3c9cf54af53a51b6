import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppHeader } from '../../../src/app/app-header';
import type { ObservationFeed } from '../../../src/domain/observation';
import { renderInLanguage } from '../support/render';

function feed(sample: boolean): ObservationFeed {
  return {
    observedAt: '2024-05-21',
    source: '기상청',
    sample,
    example: false,
    observations: [],
    rejected: [],
    droppedValues: [],
    unplacedCount: 0,
  };
}

describe('AppHeader', () => {
  it('says "표본 자료" beside the date when the feed is the bundled sample', () => {
    renderInLanguage(<AppHeader feed={feed(true)} shown={[]} />);
    expect(screen.getByText('표본 자료')).toBeInTheDocument();
  });

  it('says "Sample data" to English readers', () => {
    renderInLanguage(<AppHeader feed={feed(true)} shown={[]} />, 'en');
    expect(screen.getByText('Sample data')).toBeInTheDocument();
  });

  it('shows no badge for a live feed', () => {
    renderInLanguage(<AppHeader feed={feed(false)} shown={[]} />);
    expect(screen.getByText(/기상청 제공/)).toBeInTheDocument();
    expect(screen.queryByText('표본 자료')).toBeNull();
  });
});
