// The "Join" screen of present mode: the class period's QR code and short link, large, for students to open the quiz
// in test mode on their own devices. Codes and links are made at build time (src/components/share/ShareData.astro).
interface Shared {
	readable: string;
	qr: string;
	test: string;
}

function sharedFor(seed: string | undefined): Shared | undefined {
	try {
		const all = JSON.parse(document.querySelector('[data-share]')?.textContent ?? '{}') as Record<string, Shared>;
		return seed ? all[seed] : undefined;
	} catch {
		return undefined;
	}
}

export function joinScreen(seed: string | undefined): { button: HTMLButtonElement; panel: HTMLElement } {
	const shared = sharedFor(seed);
	const button = Object.assign(document.createElement('button'), {
		type: 'button',
		textContent: 'Join',
		className: 'present-join-button',
	});
	button.setAttribute('aria-expanded', 'false');
	const panel = Object.assign(document.createElement('section'), { className: 'present-join', hidden: true });
	panel.setAttribute('aria-label', 'Join the quiz');
	const heading = Object.assign(document.createElement('h2'), { textContent: 'Open the quiz on your device' });
	panel.append(heading);
	if (shared) {
		const img = Object.assign(document.createElement('img'), { src: shared.qr, alt: `QR code for ${shared.readable}` });
		const link = Object.assign(document.createElement('p'), {
			className: 'present-short',
			textContent: shared.readable,
		});
		panel.append(img, link);
	} else {
		const test = new URL(location.href);
		test.searchParams.set('mode', 'test');
		const link = Object.assign(document.createElement('p'), {
			className: 'present-short',
			textContent: test.host + test.pathname + test.search,
		});
		const note = Object.assign(document.createElement('p'), {
			textContent: 'QR codes and short links are made for seeds 1 to 6 (class periods), on the teachers’ Share page.',
		});
		panel.append(link, note);
	}
	button.addEventListener('click', () => {
		const open = panel.hidden;
		panel.hidden = !open;
		button.setAttribute('aria-expanded', String(open));
		button.textContent = open ? 'Back to the questions' : 'Join';
		const deck = panel.closest<HTMLElement>('.present-deck');
		if (deck) {
			if (open) deck.dataset['paused'] = '';
			else delete deck.dataset['paused'];
		}
	});
	return { button, panel };
}
