// Present mode of a quiz page (?mode=present, contracts.md "Present mode"): each question on a screen of its own, in
// the order test mode shows with the same seed (arrange() of the quiz form), its answer and evidence behind "Reveal
// answer". Built from the server-rendered form; nothing is graded or stored.
import { $$, arrange } from '../quiz/quiz-controls';
import { mountDeck } from './deck';
import { joinScreen } from './join';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function list(items: string[], className = ''): HTMLElement {
	const ol = document.createElement(className ? 'ol' : 'ul');
	if (className) ol.className = className;
	for (const item of items) ol.append(Object.assign(document.createElement('li'), { textContent: item }));
	return ol;
}

/** What the class sees of one question: its prompt and choices as text, the answer hidden. */
function questionScreen(box: HTMLFieldSetElement, n: number, total: number): HTMLElement {
	const screen = document.createElement('section');
	const heading = document.createElement('h2');
	const legend = box.querySelector('legend')!.cloneNode(true) as HTMLElement;
	legend.querySelector('.number')?.remove();
	heading.append(
		Object.assign(document.createElement('span'), {
			className: 'present-kicker',
			textContent: `Question ${n} of ${total}`,
		}),
		...legend.childNodes,
	);
	screen.setAttribute('aria-label', `Question ${n}`);
	screen.append(heading);
	const type = box.dataset['type'];
	if (type === 'single' || type === 'multiple' || type === 'true-false')
		screen.append(list($$(box, '.option span').map(text), 'present-options'));
	else if (type === 'order') screen.append(list($$(box, '.row label').map(text)));
	else if (type === 'match') {
		screen.append(list($$(box, '.row label').map(text)));
		const choices = $$<HTMLOptionElement>(box, '.row:first-child option[data-i]').map(text);
		screen.append(Object.assign(document.createElement('p'), { textContent: 'Partners:' }), list(choices));
	} else if (type === 'fill-in')
		screen.append(Object.assign(document.createElement('p'), { textContent: 'Answer in a word or number.' }));
	const body = box.querySelector('.answer-body');
	if (body) {
		const reveal = document.createElement('div');
		reveal.className = 'present-reveal';
		reveal.hidden = true;
		const copy = body.cloneNode(true) as HTMLElement;
		copy.querySelector('.option-notes')?.remove();
		reveal.append(...copy.childNodes);
		screen.append(reveal);
	}
	return screen;
}

export async function presentQuiz(form: HTMLElement): Promise<void> {
	const params = new URLSearchParams(location.search);
	const id = form.dataset['quizId'] ?? '';
	const seed = params.get('seed')?.slice(0, 100);
	// The same arrangement as test mode with this seed; without one, the order the page was built with.
	if (seed) arrange(form, id, seed);
	const boxes = $$<HTMLFieldSetElement>(form, 'fieldset[data-qid]');
	const screens = boxes.map((box, i) => questionScreen(box, i + 1, boxes.length));
	const title = document.querySelector('h1')?.textContent?.trim() ?? 'Quiz';
	const join = joinScreen(seed);
	const exit = new URL(location.href);
	exit.searchParams.delete('mode');
	const { stage } = await mountDeck({
		label: `Present: ${title}`,
		heading: title,
		screens,
		exit: exit.pathname + exit.search,
		extra: [join.button],
	});
	stage.append(join.panel);
}
