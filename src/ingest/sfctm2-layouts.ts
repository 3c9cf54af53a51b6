/**
 * The two column layouts of API Hub's `kma_sfctm2` text, from its `help=1`
 * description. Columns are mapped by position, never by header name: the
 * `help=0` header abbreviates and repeats names (`RN RN RN RN`, `CA CA`), so a
 * name lookup cannot tell CA_TOT from CA_MID.
 *
 * The older layout has no RN_JUN. Code that assumes RN_JUN sits at the end
 * of the row instead of after RN_DAY reads every later column one place off,
 * so WW (the domestic weather code) lands where CA_TOT should be. The layout
 * is therefore chosen by column count, for the whole file.
 */

// Kept in the help text's rows, so the order can be checked against it.
// prettier-ignore
const CURRENT = [
  'TM', 'STN', 'WD', 'WS', 'GST_WD', 'GST_WS', 'GST_TM', 'PA', 'PS', 'PT', 'PR',
  'TA', 'TD', 'HM', 'PV', 'RN', 'RN_DAY', 'RN_JUN', 'RN_INT', 'SD_HR3', 'SD_DAY', 'SD_TOT',
  'WC', 'WP', 'WW', 'CA_TOT', 'CA_MID', 'CH_MIN', 'CT', 'CT_TOP', 'CT_MID', 'CT_LOW',
  'VS', 'SS', 'SI', 'ST_GD', 'TS', 'TE_005', 'TE_01', 'TE_02', 'TE_03', 'ST_SEA', 'WH', 'BF',
  'IR', 'IX',
] as const;

const OLDER = CURRENT.filter((column) => column !== 'RN_JUN');

/** The columns the ingest reads. */
export type Sfctm2Column =
  'TM' | 'STN' | 'TA' | 'WC' | 'CA_TOT' | 'IX' | 'WD' | 'WS' | 'HM' | 'RN' | 'IR';

export interface Sfctm2Layout {
  readonly columnCount: number;
  readonly index: Readonly<Record<Sfctm2Column, number>>;
}

function layoutOf(columns: readonly string[]): Sfctm2Layout {
  const at = (name: Sfctm2Column) => columns.indexOf(name);
  return {
    columnCount: columns.length,
    index: {
      TM: at('TM'),
      STN: at('STN'),
      TA: at('TA'),
      WC: at('WC'),
      CA_TOT: at('CA_TOT'),
      IX: at('IX'),
      WD: at('WD'),
      WS: at('WS'),
      HM: at('HM'),
      RN: at('RN'),
      IR: at('IR'),
    },
  };
}

/** Keyed by column count: 46 (with RN_JUN) and 45 (without). */
export const SFCTM2_LAYOUTS: ReadonlyMap<number, Sfctm2Layout> = new Map(
  [layoutOf(CURRENT), layoutOf(OLDER)].map((layout) => [layout.columnCount, layout]),
);
