// /teachers/present/ with JavaScript: the lessons' starters and exit questions in the present-mode deck, starting at
// the lesson named in the address (#actors).
import { mountDeck } from './deck';

const host = document.querySelector<HTMLElement>('[data-lesson-screens]');
if (host) {
	const screens = [...host.querySelectorAll<HTMLElement>(':scope > section')];
	const start = Math.max(
		0,
		screens.findIndex((s) => s.id === decodeURIComponent(location.hash.slice(1))),
	);
	void mountDeck({
		label: 'Present: starters and exit questions',
		heading: 'Starters and exit questions',
		screens,
		start,
		exit: host.dataset['exit'] ?? '../',
	});
}
