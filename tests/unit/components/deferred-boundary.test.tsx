import { screen } from '@testing-library/react';
import { lazy } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DeferredBoundary } from '../../../src/components/deferred-boundary';
import { renderInLanguage } from '../support/render';

describe('DeferredBoundary', () => {
  it('says what is loading, then shows it', async () => {
    const Part = lazy(async () => ({ default: () => <p>관측소 목록</p> }));
    renderInLanguage(
      <DeferredBoundary loading="목록을 불러오는 중…">
        <Part />
      </DeferredBoundary>,
    );
    expect(screen.getByText('목록을 불러오는 중…')).toBeInTheDocument();
    expect(await screen.findByText('관측소 목록')).toBeInTheDocument();
  });

  it('offers a reload, not a blank page, when the code cannot be fetched', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Part = lazy(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    renderInLanguage(
      <DeferredBoundary loading={null}>
        <Part />
      </DeferredBoundary>,
      'en',
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Part of the page could not be loaded',
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
