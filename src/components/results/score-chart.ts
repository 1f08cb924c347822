// The spread of a quiz's scores: bars in an SVG for the eye, and the same figures as a table for screen readers and
// print (the SVG is hidden from assistive technology, so the figures are read once).
import { scoreSpread } from '../../lib/results/aggregate';
import type { ClassAttempt } from '../../lib/results/collect';
import { h, s, table } from './dom';

const BAR = 36;
const HEIGHT = 120;

export function scoreChart(title: string, attempts: readonly ClassAttempt[]): HTMLElement {
	const spread = scoreSpread(attempts);
	const most = Math.max(1, ...spread.map((b) => b.count));
	const width = spread.length * BAR;
	const svg = s('svg', {
		viewBox: `0 0 ${width} ${HEIGHT + 36}`,
		width,
		height: HEIGHT + 36,
		'aria-hidden': 'true',
		focusable: 'false',
		class: 'score-chart',
	});
	spread.forEach(({ score, count }, i) => {
		const height = (count / most) * HEIGHT;
		const x = i * BAR + 4;
		svg.append(
			s('rect', {
				x,
				y: HEIGHT - height + 16,
				width: BAR - 8,
				height: Math.max(height, count ? 2 : 0.5),
				class: 'bar',
			}),
			s(
				'text',
				{ x: x + (BAR - 8) / 2, y: HEIGHT - height + 12, 'text-anchor': 'middle', class: 'count' },
				count ? String(count) : '',
			),
			s('text', { x: x + (BAR - 8) / 2, y: HEIGHT + 32, 'text-anchor': 'middle', class: 'score' }, String(score)),
		);
	});
	const figures = table(
		`${title}: how many scored each whole mark (6.5 counts under 6)`,
		['Score', 'Attempts'],
		spread.map((b) => [String(b.score), String(b.count)]),
		'score-table',
	);
	return h('figure', { class: 'score-figure' }, svg, figures);
}
