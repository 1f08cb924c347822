// A stand-in for the browser's speech synthesis, installed before the page's scripts: it records what it is asked to
// say (text, rate and voice) and each call, and ends each utterance at once, unless `window.__hold` keeps it speaking.
// Voices: `window.__voices` (one English voice on the device by default), listed from the start, or after `window.__voicesLate` ms with a
// "voiceschanged" event, as Chrome loads them.
export interface Spoken {
	text: string;
	rate: number;
	/** The name of the voice the page chose; undefined for the browser's default. */
	voice?: string | undefined;
}
export interface StubVoice {
	name: string;
	lang: string;
	localService: boolean;
	default: boolean;
	voiceURI: string;
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
		voice: StubVoice | null = null;
		constructor(text: string) {
			super();
			this.text = text;
		}
	}
	let current: Utterance | undefined;
	const fire = (u: Utterance, type: string, extra: Record<string, unknown> = {}) =>
		u.dispatchEvent(Object.assign(new Event(type), extra));
	const events = new EventTarget();
	// By default, one English voice on the device, as most browsers have.
	const onDevice = { name: 'Stub English', lang: 'en-GB', localService: true, default: true, voiceURI: 'stub-en' };
	const voices = (w['__voices'] as StubVoice[] | undefined) ?? [onDevice];
	const late = w['__voicesLate'] as number | undefined;
	let listed = late === undefined;
	if (!listed)
		setTimeout(() => {
			listed = true;
			events.dispatchEvent(new Event('voiceschanged'));
		}, late);
	const synth = {
		addEventListener: events.addEventListener.bind(events),
		removeEventListener: events.removeEventListener.bind(events),
		dispatchEvent: events.dispatchEvent.bind(events),
		paused: false,
		get speaking() {
			return current !== undefined;
		},
		speak(u: Utterance) {
			record.calls.push('speak');
			record.spoken.push({ text: u.text, rate: u.rate, voice: u.voice?.name });
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
		getVoices: () => (listed ? voices : []),
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
