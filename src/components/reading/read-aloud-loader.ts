// The few lines every lesson loads: show "Listen" where the browser can speak, and fetch the reader on first use.
import type { ReadAloud } from './read-aloud';

const tools = document.querySelector<HTMLElement>('[data-read-aloud]');
if (tools && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function') {
	tools.hidden = false;
	let reader: Promise<ReadAloud> | undefined;
	const load = () => (reader ??= import('./read-aloud').then(({ ReadAloud }) => new ReadAloud(tools)));
	tools.addEventListener('click', (event) => {
		const action = (event.target as Element).closest<HTMLElement>('button[data-action]')?.dataset['action'];
		if (action) void load().then((r) => r.act(action));
	});
	tools.addEventListener('change', () => void load().then((r) => r.changeRate()));
}
