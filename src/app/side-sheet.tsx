import { useCallback, useImperativeHandle, useState, type ReactNode, type Ref } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { PHONE_QUERY, useMediaQuery } from '../utils/use-media-query';

/** What the app may ask of the sheet: the skip link and focus return open it. */
export interface SideSheetHandle {
  open(): void;
}

interface SideSheetProps {
  readonly label: string;
  /** A short summary shown on the sheet's handle ("97개 중 45개"). */
  readonly summary: string;
  /** Changes to this value (e.g. the selected station) close the sheet on phones, revealing the map. */
  readonly closeOn: unknown;
  readonly children: ReactNode;
  readonly ref?: Ref<SideSheetHandle>;
}

/**
 * The side panel beside the map on wide screens; on phones, a bottom sheet
 * over the map that opens and closes, so the map comes first. When closed,
 * its contents are inert, so keyboards and screen readers skip what cannot be seen.
 */
export function SideSheet({ label, summary, closeOn, children, ref }: SideSheetProps) {
  const { t } = useI18n();
  const phone = useMediaQuery(PHONE_QUERY);
  // Open "for" the selection current at the time: when the selection changes
  // (a station picked in the list), the sheet closes by itself and shows the map.
  const [openFor, setOpenFor] = useState<{ selection: unknown } | null>(null);
  const open = openFor !== null && openFor.selection === closeOn;
  const setOpen = useCallback(
    (next: boolean) => setOpenFor(next ? { selection: closeOn } : null),
    [closeOn],
  );

  useImperativeHandle(ref, () => ({ open: () => setOpen(true) }), [setOpen]);

  return (
    <aside
      className="side-panel"
      aria-label={label}
      data-sheet={phone ? (open ? 'open' : 'closed') : undefined}
    >
      {phone && (
        <button
          type="button"
          className="sheet-toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          <span className="sheet-handle" aria-hidden="true" />
          {open ? t('list.close') : t('list.open')} · {summary}
        </button>
      )}
      <div className="side-panel-body" inert={phone && !open}>
        {children}
      </div>
    </aside>
  );
}
