/** Skipped records grouped by reason, for the summary and for error messages. */
import type { Skip } from './source-reading';

const EXAMPLES_PER_REASON = 5;

/** Skips grouped by reason: `wrong number of columns ×2: line 12 (44 of 46), line 30 (12 of 46)`. */
export function groupSkips(skipped: readonly Skip[]): string[] {
  const byReason = new Map<string, Skip[]>();
  for (const skip of skipped)
    byReason.set(skip.reason, [...(byReason.get(skip.reason) ?? []), skip]);
  return [...byReason].map(([reason, skips]) => {
    const examples = skips
      .slice(0, EXAMPLES_PER_REASON)
      .map((skip) => (skip.detail ? `${skip.subject} (${skip.detail})` : skip.subject));
    const more =
      skips.length > EXAMPLES_PER_REASON ? `, … ${skips.length - EXAMPLES_PER_REASON} more` : '';
    return `${reason} ×${skips.length}: ${examples.join(', ')}${more}`;
  });
}
