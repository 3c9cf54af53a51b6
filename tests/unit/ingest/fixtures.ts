/** Reading the ingest fixtures (tests/fixtures/kma) as the bytes a download would give. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/kma/', import.meta.url));

export function fixturePath(name: string): string {
  return `${FIXTURE_DIR}${name}`;
}

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(name)));
}

export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
