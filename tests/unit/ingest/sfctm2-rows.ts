/**
 * Builds `kma_sfctm2` rows for tests, from the column order in API Hub's
 * help text (spelled out here on purpose, independently of the parser's
 * own layout table).
 */
// Kept in the help text's rows, so the order can be checked against it.
// prettier-ignore
const HELP_COLUMNS_46 = [
  'TM', 'STN', 'WD', 'WS', 'GST_WD', 'GST_WS', 'GST_TM', 'PA', 'PS', 'PT', 'PR',
  'TA', 'TD', 'HM', 'PV', 'RN', 'RN_DAY', 'RN_JUN', 'RN_INT', 'SD_HR3', 'SD_DAY', 'SD_TOT',
  'WC', 'WP', 'WW', 'CA_TOT', 'CA_MID', 'CH_MIN', 'CT', 'CT_TOP', 'CT_MID', 'CT_LOW',
  'VS', 'SS', 'SI', 'ST_GD', 'TS', 'TE_005', 'TE_01', 'TE_02', 'TE_03', 'ST_SEA', 'WH', 'BF',
  'IR', 'IX',
];

export type ColumnCount = 45 | 46;

export function columnsOf(count: ColumnCount): string[] {
  return count === 46 ? HELP_COLUMNS_46 : HELP_COLUMNS_46.filter((name) => name !== 'RN_JUN');
}

/** Temperatures use -99.0 for missing: -9.0 °C is a real reading. */
const missing = (name: string) => (/^(TA|TD|TS|TE_)/.test(name) ? '-99.0' : '-9');

/** One row; columns not given are missing, as on a station that measures little. */
export function sfctm2Row(
  values: Readonly<Record<string, string>>,
  count: ColumnCount = 46,
): string {
  return columnsOf(count)
    .map((name) => values[name] ?? missing(name))
    .join(' ');
}

/** The `help=0` header line: abbreviated names, repeated (`RN RN RN RN`). */
export function sfctm2Header(count: ColumnCount = 46): string {
  const short = (name: string) => (name === 'TM' ? 'YYMMDDHHMI' : (name.split('_')[0] ?? name));
  return `# ${columnsOf(count).map(short).join(' ')}`;
}
