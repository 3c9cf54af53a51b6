/**
 * The feed as text: one observation per line, like the seed, so a diff of
 * two runs reads station by station and the file stays small.
 */
import type { FeedDocument } from './build-feed';

export function serializeFeed(feed: FeedDocument): string {
  const lines = feed.observations.map((record) => `    ${JSON.stringify(record)}`);
  return [
    '{',
    `  "observedAt": ${JSON.stringify(feed.observedAt)},`,
    `  "source": ${JSON.stringify(feed.source)},`,
    ...(feed.example ? ['  "example": true,'] : []),
    lines.length === 0 ? '  "observations": []' : `  "observations": [\n${lines.join(',\n')}\n  ]`,
    '}',
    '',
  ].join('\n');
}
