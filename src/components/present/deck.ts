// A projector deck: one screen at a time, full window, large type, no site menu. "Previous", "Next" and the arrow
// keys (and a presenter remote's page keys) move; "Reveal answer" shows a screen's hidden part. Stores nothing.
import stylesheet from './present.css?url';
import { loadStylesheet } from './stylesheet';

export interface DeckOptions {
	/** The deck's accessible name, e.g. "Present: Quiz: The background". */
	label: string;
	/** A small line above every screen (the quiz or lesson). */
	heading: string;
	/** One element per screen; a `.present-reveal` inside one is hidden until "Reveal answer". */
	screens: HTMLElement[];
	/** Where "Exit" goes. */
	exit: string;
	/** The screen shown first (0 unless given). */
	start?: number;
	/** More buttons for the bar (e.g. "Join"), placed before "Exit". */
	extra?: HTMLElement[];
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}) =>
	Object.assign(document.createElement(tag), props);

export async function mountDeck(options: DeckOptions): Promise<{ root: HTMLElement; stage: HTMLElement }> {
	await loadStylesheet(stylesheet);
	const root = el('main', { className: 'present-deck', id: 'present', tabIndex: -1 });
	root.setAttribute('aria-label', options.label);
	const top = el('p', { className: 'present-heading', textContent: options.heading });
	const stage = el('div', { className: 'present-stage', tabIndex: 0 });
	stage.setAttribute('role', 'region');
	stage.setAttribute('aria-label', 'Screen');
	const bar = el('nav', { className: 'present-bar' });
	bar.setAttribute('aria-label', 'Screens');
	const previous = el('button', { type: 'button', textContent: 'Previous' });
	const position = el('p', { className: 'present-position' });
	position.setAttribute('aria-live', 'polite');
	const reveal = el('button', { type: 'button', className: 'present-reveal-button', textContent: 'Reveal answer' });
	const next = el('button', { type: 'button', textContent: 'Next' });
	const exit = el('a', { href: options.exit, textContent: 'Exit', className: 'present-exit' });
	bar.append(previous, position, reveal, next, ...(options.extra ?? []), exit);
	const screens = options.screens;
	for (const s of screens) s.classList.add('present-screen');
	stage.append(...screens);
	root.append(top, stage, bar);

	let at = 0;
	const show = (n: number) => {
		at = Math.max(0, Math.min(screens.length - 1, n));
		for (const [i, s] of screens.entries()) s.hidden = i !== at;
		const hidden = screens[at]?.querySelector<HTMLElement>('.present-reveal');
		reveal.hidden = !hidden;
		reveal.setAttribute('aria-expanded', String(!!hidden && !hidden.hidden));
		reveal.textContent = hidden && !hidden.hidden ? 'Hide answer' : 'Reveal answer';
		previous.disabled = at === 0;
		next.disabled = at === screens.length - 1;
		position.textContent = `${at + 1} of ${screens.length}`;
		stage.scrollTop = 0;
	};
	previous.addEventListener('click', () => show(at - 1));
	next.addEventListener('click', () => show(at + 1));
	reveal.addEventListener('click', () => {
		const hidden = screens[at]?.querySelector<HTMLElement>('.present-reveal');
		if (!hidden) return;
		hidden.hidden = !hidden.hidden;
		show(at);
		if (!hidden.hidden) hidden.scrollIntoView({ block: 'nearest' });
	});
	document.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey || root.dataset['paused'] !== undefined) return;
		const step = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 }[event.key];
		if (step !== undefined) show(at + step);
		else if (event.key === 'Home') show(0);
		else if (event.key === 'End') show(screens.length - 1);
		else return;
		event.preventDefault();
	});
	document.documentElement.classList.add('presenting');
	document.body.append(root);
	show(options.start ?? 0);
	root.dataset['ready'] = '';
	next.focus();
	return { root, stage };
}
