/**
 * Where code fetched on demand is rendered: a short "loading" line while it
 * comes, and when it cannot come (offline, a deploy replaced the files) a
 * message with a reload button instead of a blank page. Reloading loses
 * nothing: the station, filters, hour and article are in the URL.
 */
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface DeferredBoundaryProps {
  /** What is loading, for the loading line ("목록을 불러오는 중…"); null shows nothing while it loads. */
  readonly loading: string | null;
  readonly children: ReactNode;
}

export function DeferredBoundary({ loading, children }: DeferredBoundaryProps) {
  const fallback = loading && <p className="deferred-loading">{loading}</p>;
  return (
    <LoadFailureBoundary>
      <Suspense fallback={fallback}>{children}</Suspense>
    </LoadFailureBoundary>
  );
}

class LoadFailureBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A part of the page failed to load', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <LoadFailure /> : this.props.children;
  }
}

function LoadFailure() {
  const { t } = useI18n();
  return (
    <div className="deferred-failed" role="alert">
      <p>{t('app.partFailed')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}
