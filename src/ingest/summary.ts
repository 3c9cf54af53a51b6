/** The run summary printed after each ingest: what was read, written, skipped and why. */
import type { IngestReport } from './ingest-once';
import { groupSkips } from './group-skips';

export function formatSummary(report: IngestReport): string {
  const { skyBasis } = report;
  const basis = [
    skyBasis['feed-word'] > 0 ? `given by the feed ${skyBasis['feed-word']}` : '',
    skyBasis['present-weather'] > 0 ? `present weather ${skyBasis['present-weather']}` : '',
    skyBasis['cloud-amount'] > 0 ? `cloud amount ${skyBasis['cloud-amount']}` : '',
    skyBasis['not-observed'] > 0 ? `not observed ${skyBasis['not-observed']}` : '',
  ].filter(Boolean);
  const lines = [
    `nalssi-ingest: ${report.format} from ${report.source}`,
    `  observation time  ${report.observedAt} (KST)`,
    `  read              ${readCount(report)}`,
    `  written           ${report.written} → ${report.out}` +
      (report.unplaced > 0 ? ` (${report.unplaced} without coordinates)` : ''),
    `  sky words         ${basis.join(', ')}`,
    `  skipped           ${report.skipped.length}`,
    ...groupSkips(report.skipped).map((line) => `    - ${line}`),
  ];
  if (report.history) {
    const { history } = report;
    lines.push(
      `  history           ${history.hours} hour(s), ${history.stations} station(s) → ${history.path}` +
        (history.firstHour ? ` (${history.firstHour} … ${history.lastHour})` : ''),
    );
    if (history.ignoredHours.length > 0) {
      lines.push(`    - older than the window, not kept: ${history.ignoredHours.join(', ')}`);
    }
  }
  if (report.warnings.length > 0) {
    lines.push(`  warnings          ${report.warnings.length}`);
    lines.push(...report.warnings.map((warning) => `    - ${warning}`));
  }
  return lines.join('\n');
}

/** Stations, or records and stations when a source holds several times per station. */
function readCount(report: IngestReport): string {
  const stations = `${report.stationsRead} station${report.stationsRead === 1 ? '' : 's'}`;
  return report.read === report.stationsRead ? stations : `${report.read} records (${stations})`;
}
