/**
 * Splitting `kma_sfctm2` text into what the parser needs: data rows split on
 * whitespace, the header's column count, and whether the #START7777 /
 * #7777END markers were seen (a start without an end means a cut-off body).
 */
import { IngestError } from './ingest-error';

const WHAT = 'kma-sfctm2';

export interface Row {
  readonly line: number;
  readonly fields: readonly string[];
}

export interface Scan {
  readonly rows: readonly Row[];
  /** Column count of the `YYMMDDHHMI STN …` header, when the text has one. */
  readonly headerColumns: number | null;
  readonly startMarker: boolean;
  readonly endMarker: boolean;
  /** The first non-empty lines, shown when the text holds no rows (an error message, say). */
  readonly firstLines: readonly string[];
}

/** Comment lines (`#…`) and the unit line are not rows; a header row may come without `#`. */
export function scanSfctm2Lines(text: string): Scan {
  const rows: Row[] = [];
  const firstLines: string[] = [];
  let headerColumns: number | null = null;
  let startMarker = false;
  let endMarker = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    if (firstLines.length < 3) firstLines.push(line);
    const body = line.startsWith('#') ? line.slice(1).trim() : line;
    if (body.startsWith('START7777')) startMarker = true;
    else if (body.startsWith('7777END')) endMarker = true;
    else if (body.startsWith('YYMMDDHHMI')) headerColumns = body.split(/\s+/).length;
    else if (!line.startsWith('#') && !body.startsWith('KST')) {
      if (line.includes(',')) {
        throw new IngestError(
          `${WHAT}: comma-separated output (disp=1) is not supported; request disp=0 (line ${index + 1}).`,
        );
      }
      rows.push({ line: index + 1, fields: line.split(/\s+/) });
    }
  });
  return { rows, headerColumns, startMarker, endMarker, firstLines };
}
