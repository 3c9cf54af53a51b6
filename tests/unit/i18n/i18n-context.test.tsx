import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Fresh modules per test: the setup file has already fetched English for the other tests.
beforeEach(() => {
  vi.resetModules();
});

async function freshProvider() {
  const { I18nProvider, useI18n } = await import('../../../src/i18n/i18n-context');
  function Retry() {
    const { t } = useI18n();
    return <button type="button">{t('feed.retry')}</button>;
  }
  return { I18nProvider, Retry };
}

describe('I18nProvider', () => {
  it('shows Korean in its first render', async () => {
    const { I18nProvider, Retry } = await freshProvider();
    render(
      <I18nProvider lang="ko">
        <Retry />
      </I18nProvider>,
    );
    expect(screen.getByRole('button')).toHaveTextContent('다시 시도');
  });

  it('shows nothing until English arrives, then English (never Korean first)', async () => {
    const { I18nProvider, Retry } = await freshProvider();
    render(
      <I18nProvider lang="en">
        <Retry />
      </I18nProvider>,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(await screen.findByRole('button')).toHaveTextContent('Retry');
  });

  it('throws a failed fetch to the nearest error boundary', async () => {
    vi.doMock('../../../src/i18n/messages.en', () => {
      throw new Error('offline');
    });
    const { I18nProvider, Retry } = await freshProvider();
    const { Component } = await import('react');
    class Boundary extends Component<{ children: React.ReactNode }, { failed: boolean }> {
      override state = { failed: false };
      static getDerivedStateFromError() {
        return { failed: true };
      }
      override render() {
        return this.state.failed ? <p>failed</p> : this.props.children;
      }
    }
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Boundary>
        <I18nProvider lang="en">
          <Retry />
        </I18nProvider>
      </Boundary>,
    );
    expect(await screen.findByText('failed')).toBeInTheDocument();
  });
});
