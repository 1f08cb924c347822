// A stand-in for the browser's speech synthesis, installed before the page's scripts: it records what it is asked to
// say (text and rate) and each call, and ends each utterance at once, unless `window.__hold` keeps it speaking.
export interface Spoken {
	text: string;
	rate: number;
}
export interface SpeechRecord {
	spoken: Spoken[];
	calls: string[];
}

export function installSpeechStub(): void {
	const record: SpeechRecord = { spoken: [], calls: [] };
	const w = window as unknown as Record<string, unknown>;
	w['__speech'] = record;
	class Utterance extends EventTarget {
		text: string;
		rate = 1;
		lang = '';
		constructor(text: string) {
			super();
			this.text = text;
		}
	}
	let current: Utterance | undefined;
	const fire = (u: Utterance, type: string, extra: Record<string, unknown> = {}) =>
		u.dispatchEvent(Object.assign(new Event(type), extra));
	const synth = {
		paused: false,
		get speaking() {
			return current !== undefined;
		},
		speak(u: Utterance) {
			record.calls.push('speak');
			record.spoken.push({ text: u.text, rate: u.rate });
			current = u;
			setTimeout(() => {
				fire(u, 'start');
				fire(u, 'boundary', { charIndex: 0, name: 'word' });
				if (!w['__hold'] && current === u && !synth.paused) {
					current = undefined;
					fire(u, 'end');
				}
			}, 1);
		},
		pause() {
			record.calls.push('pause');
			synth.paused = true;
		},
		resume() {
			record.calls.push('resume');
			synth.paused = false;
		},
		cancel() {
			record.calls.push('cancel');
			const u = current;
			current = undefined;
			if (u) fire(u, 'error', { error: 'interrupted' });
		},
		getVoices: () => [],
	};
	Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
	Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
}

/** Takes speech synthesis away, as in a browser that has none. */
export function removeSpeech(): void {
	for (const target of [window, Window.prototype, globalThis]) {
		delete (target as unknown as Record<string, unknown>)['speechSynthesis'];
		delete (target as unknown as Record<string, unknown>)['SpeechSynthesisUtterance'];
	}
}
