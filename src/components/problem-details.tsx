import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** At most this many rows are listed: enough to see the pattern in a broken feed. */
const MAX_ROWS = 200;

interface ProblemDetailsProps {
  readonly className: string;
  readonly listClassName: string;
  /** What was left out, in one sentence. */
  readonly summary: string;
  /** One line per problem, already in the reader's words (keys must be unique). */
  readonly rows: readonly { readonly key: string; readonly text: string }[];
}

/** A feed's "N records were left out" notice, with the records on demand. */
export function ProblemDetails({ className, listClassName, summary, rows }: ProblemDetailsProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div className={className}>
      <p>
        {summary}{' '}
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          onClick={() => setOpen((wasOpen) => !wasOpen)}
        >
          {open ? t('feed.hideDetails') : t('feed.details')}
        </button>
      </p>
      {open && (
        <ul className={listClassName}>
          {rows.slice(0, MAX_ROWS).map((row) => (
            <li key={row.key}>{row.text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
