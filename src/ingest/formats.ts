/** The source formats the command reads, each with its parser. */
import { parseAsosHourlyJson } from './parse-asos-hourly-json';
import { parseKmaSfctm2 } from './parse-kma-sfctm2';
import { parseKmaXml } from './parse-kma-xml';
import type { ParsedSource } from './source-reading';

export const FORMATS = ['kma-xml', 'kma-sfctm2', 'asos-hourly-json'] as const;
export type Format = (typeof FORMATS)[number];

export const PARSERS: Readonly<Record<Format, (bytes: Uint8Array) => ParsedSource>> = {
  'kma-xml': parseKmaXml,
  'kma-sfctm2': parseKmaSfctm2,
  'asos-hourly-json': parseAsosHourlyJson,
};

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}
