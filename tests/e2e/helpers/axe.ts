/**
 * axe-core in the page under the app's own CSP. The engine's source goes in through
 * `page.evaluate`, which Chromium runs through DevTools (not a <script> the CSP would judge), so the
 * page keeps script-src 'self' and the page fixture still sees every CSP violation the app causes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ImpactValue, RunOptions } from 'axe-core';
import type { Page } from './browser';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export interface Violation {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  /** One CSS selector per failing element. */
  targets: string[];
}

/** Run axe on the page's document (frames included) with the WCAG A/AA rules; every violation found. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { runOnly: { type: 'tag', values: [...WCAG_TAGS] }, resultTypes: ['violations'] };
  return page.evaluate<Violation[]>(`axe.run(document, ${JSON.stringify(options)}).then((r) => r.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')),
  })))`);
}

/** The serious and critical ones. */
export function seriousViolations(violations: readonly Violation[]): Violation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line per violation: rule id, impact, what it asks, and the failing elements. */
export function formatViolations(violations: readonly Violation[]): string {
  return violations.map((v) => `${v.id} (${v.impact ?? 'no impact'}): ${v.help} at ${v.targets.join(', ')}`).join('\n');
}
