// Keeps /compare/'s "Showing N of M claims" in step with the CSS filters; M is the number of rows built.
export function countShownClaims(): void {
	const compare = document.querySelector<HTMLElement>('.compare');
	const status = compare?.querySelector<HTMLElement>('.claim-count');
	const form = compare?.querySelector('form.filters');
	if (!compare || !status || !form) return;
	const rows = [...compare.querySelectorAll<HTMLElement>('tr.claim')];
	const say = () => {
		const shown = rows.filter((row) => row.checkVisibility()).length;
		status.textContent =
			shown === rows.length ? `Showing all ${rows.length} claims.` : `Showing ${shown} of ${rows.length} claims.`;
	};
	// The CSS rules apply on the next style pass after the radio changes.
	form.addEventListener('change', () => requestAnimationFrame(say));
	status.dataset.live = '';
}
