import { useCallback, useRef, type ReactNode } from 'react';
import { focusIfReachable, useFocusTarget } from '../components/focus-targets';
import { useI18n } from '../i18n/i18n-context';
import type { SidePanel } from './url-state';

interface PanelTabsProps {
  readonly value: SidePanel;
  readonly onChange: (panel: SidePanel) => void;
  /** Shown after the tab names, e.g. the number of news items. */
  readonly newsCount: number | null;
}

const PANELS: readonly SidePanel[] = ['stations', 'news'];

/**
 * The side panel's two views, stations and news. Toggle buttons rather than
 * an ARIA tablist: each view is one region, and the URL remembers the choice.
 */
export function PanelTabs({ value, onChange, newsCount }: PanelTabsProps): ReactNode {
  const { t } = useI18n();
  const pressedRef = useRef<HTMLButtonElement>(null);
  const focusPressedTab = useCallback(() => focusIfReachable(pressedRef.current), []);
  useFocusTarget('panel-tab', focusPressedTab);
  return (
    <div className="panel-tabs" role="group" aria-label={t('panel.label')}>
      {PANELS.map((panel) => (
        <button
          key={panel}
          type="button"
          className="panel-tab"
          ref={value === panel ? pressedRef : undefined}
          aria-pressed={value === panel}
          onClick={() => onChange(panel)}
        >
          {t(`panel.${panel}`)}
          {panel === 'news' && newsCount !== null && newsCount > 0 && (
            <span className="panel-tab-count">{newsCount}</span>
          )}
        </button>
      ))}
    </div>
  );
}
