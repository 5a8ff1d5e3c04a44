// axe-core's verdict on a page of Jobsight's, shared by the accessibility specs (a11y.spec.ts,
// tracker.spec.ts): a serious or critical violation, or a contrast axe could not measure, fails.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults, NodeResult, Result } from 'axe-core';
import { expect } from './fixtures';

export type Scheme = 'light' | 'dark';
export const SCHEMES: readonly Scheme[] = ['light', 'dark'];

const BLOCKING = new Set(['serious', 'critical']);

function describeRule(rule: Result, nodes: NodeResult[], verdict: string): string {
  const where = nodes.map((n) => {
    const why = [...n.any, ...n.all, ...n.none].map((c) => c.message).join('; ');
    return `    ${JSON.stringify(n.target)}: ${why}`;
  });
  return `[${rule.impact ?? 'no impact'}] ${rule.id} ${verdict}: ${rule.help} (${rule.helpUrl})\n${where.join('\n')}`;
}

/** The serious and critical violations, each with the elements it flagged and why; and any text
 * whose contrast axe could not measure, since an unmeasured contrast is not a passed one. Icon
 * glyphs (⇆, ✓) are the exception: axe leaves symbols out of the text contrast rule on purpose. */
export function findings({
  violations,
  incomplete,
}: Pick<AxeResults, 'violations' | 'incomplete'>): string[] {
  const found = violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => describeRule(v, v.nodes, 'violated'));
  for (const rule of incomplete.filter((r) => r.id === 'color-contrast')) {
    const unmeasured = rule.nodes.filter((n) => !n.any.some((c) => c.data?.messageKey === 'nonBmp'));
    if (unmeasured.length) found.push(describeRule(rule, unmeasured, 'could not be measured'));
  }
  return found;
}

export function expectNone(found: string[], what: string): void {
  expect(found, `${what}: axe found problems\n${found.join('\n')}`).toEqual([]);
}

/** axe for `page`. Legacy mode runs it all in the page: the default opens a blank tab for every
 * run to gather the frames' results, in the extension's browser, twice as slow, and these screens
 * have no frames. */
export const axeFor = (page: Page): AxeBuilder => new AxeBuilder({ page }).setLegacyMode(true);

/** axe on `page` (only inside `include`, when given) must find nothing serious. */
export async function expectAccessible(
  page: Page,
  what: string,
  include?: string,
  rules?: string[],
): Promise<void> {
  let builder = axeFor(page);
  if (include) builder = builder.include(include);
  if (rules) builder = builder.withRules(rules);
  expectNone(findings(await builder.analyze()), what);
}
