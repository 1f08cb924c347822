// A worksheet or answer key opened with ?seed=<word>: its questions' options, order items and match choices are put in
// the order /quizzes/<id>/?mode=test&seed=<word> shows (seededOrder, the one function the quiz page and the exports
// use), and every letter that names a choice is re-lettered. Without a seed, or without JavaScript, the sheet keeps the
// default order it was built with.
import { seededOrder } from '../../lib/quiz/shuffle';

const letter = (n: number): string => String.fromCharCode(65 + n);
const all = <T extends Element>(selector: string): T[] => [...document.querySelectorAll<T>(selector)];

function reseed(quizId: string, seed: string): void {
	const orders = new Map<string, number[]>();
	for (const q of all<HTMLElement>('[data-qid][data-n]')) {
		const n = Number(q.dataset['n']);
		if (n > 0)
			orders.set(
				q.dataset['qid']!,
				seededOrder(seed, quizId, { id: q.dataset['qid']!, type: q.dataset['type'] ?? '' }, n),
			);
	}
	const orderOf = (el: HTMLElement) => orders.get(el.dataset['for'] ?? '');
	for (const list of all<HTMLElement>('[data-choices][data-for]')) {
		const order = orderOf(list);
		const items = new Map([...list.children].map((el) => [Number((el as HTMLElement).dataset['i']), el]));
		for (const i of order ?? []) if (items.has(i)) list.append(items.get(i)!);
	}
	for (const el of all<HTMLElement>('[data-letter-of][data-for]')) {
		const at = orderOf(el)?.indexOf(Number(el.dataset['letterOf']));
		if (at !== undefined && at >= 0) el.textContent = letter(at);
	}
	for (const el of all<HTMLElement>('[data-positions][data-for]')) {
		const order = orderOf(el);
		if (order) el.textContent = order.map((i) => i + 1).join(', ');
	}
	// Lists of letters read A to Z again.
	const key = (el: Element) =>
		(el.matches('[data-letter-of]') ? el : el.querySelector('[data-letter-of]'))?.textContent ?? '';
	for (const group of all<HTMLElement>('[data-letters]'))
		for (const el of [...group.children].sort((a, b) => key(a).localeCompare(key(b)))) group.append(el);
	for (const note of all<HTMLElement>('[data-seed-note]'))
		note.textContent = `Order: seed "${seed}", as on /quizzes/${quizId}/?mode=test&seed=${seed}.`;
}

const sheet = document.querySelector<HTMLElement>('[data-quiz]');
const seed = new URLSearchParams(location.search).get('seed')?.slice(0, 100);
if (sheet && seed) reseed(sheet.dataset['quiz']!, seed);
