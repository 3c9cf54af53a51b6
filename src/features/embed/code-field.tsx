import { useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { copyText } from './copy-text';

interface CodeFieldProps {
  readonly label: string;
  readonly copyLabel: string;
  /** Null when the choices make no widget: nothing to copy. */
  readonly code: string | null;
}

/** Code to paste, read-only, with its copy button and what the copy did. */
export function CodeField({ label, copyLabel, code }: CodeFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<{ code: string; how: 'copied' | 'selected' } | null>(null);
  // A status about older code would mislead: it lasts until the code changes.
  const status = copied?.code === code ? copied.how : null;

  async function copy() {
    if (code !== null && field.current)
      setCopied({ code, how: await copyText(code, field.current) });
  }

  return (
    <div className="embed-dialog-code">
      <label htmlFor={id} className="embed-dialog-label">
        {label}
      </label>
      <textarea
        id={id}
        ref={field}
        className="embed-dialog-snippet"
        readOnly
        rows={code?.includes('<iframe') ? 6 : 3}
        value={code ?? ''}
        spellCheck={false}
      />
      <div className="embed-dialog-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={code === null}
          onClick={() => void copy()}
        >
          {copyLabel}
        </button>
        <p role="status" className="embed-dialog-status">
          {status === 'copied' && t('embed.copied')}
          {status === 'selected' && t('embed.copyManually')}
        </p>
      </div>
    </div>
  );
}
