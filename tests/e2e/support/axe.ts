/**
 * axe-core in the page under test: injected from node_modules (no network),
 * run over the whole document, and reduced to what must fail a test —
 * violations of serious or critical impact — printed so a failure says why.
 */
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

interface AxeResultLike {
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

const BLOCKING = new Set(['serious', 'critical']);

/** Run axe on the page (or one frame) and return its serious and critical violations. */
export async function seriousViolations(target: Page | Frame): Promise<AxeFinding[]> {
  await target.addScriptTag({ path: AXE_PATH });
  const results = await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } })
      .axe;
    return (await axe.run(document)) as AxeResultLike;
  });
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) =>
        `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`.trim(),
      ),
    }));
}

/** One readable block per violation, for the test's failure message and the log. */
export function describeViolations(label: string, findings: readonly AxeFinding[]): string {
  if (findings.length === 0) return `${label}: no serious or critical violations`;
  return [
    `${label}: ${findings.length} serious/critical violation(s)`,
    ...findings.map(
      (finding) =>
        `  [${finding.impact}] ${finding.id}: ${finding.help}\n` +
        finding.targets.map((target) => `      ${target.replace(/\n/g, '\n      ')}`).join('\n'),
    ),
  ].join('\n');
}
