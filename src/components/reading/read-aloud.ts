// Read-aloud, loaded on the first click of "Listen": speaks the lesson sentence by sentence with the browser's own
// speech synthesis, highlights the sentence being read and keeps it in view. It reads with a voice on the device
// (src/lib/reading/voice.ts), so nothing leaves it; where the browser offers none, its default voice reads and the
// panel says that voice may use the network. Voices load asynchronously in Chrome: "voiceschanged" picks again.
import { locate, readingBlocks, type Block } from '../../lib/reading/utterances';
import { pickLocalVoice } from '../../lib/reading/voice';

type State = 'idle' | 'playing' | 'paused';
interface Line {
	block: Block<Node>;
	index: number;
}

const HIGHLIGHT = 'read-aloud';

export class ReadAloud {
	#tools: HTMLElement;
	#lines: Line[] = [];
	#at = 0;
	// Bumped whenever speech is cancelled, so the cancelled utterance's late "end" event is ignored.
	#token = 0;
	#state: State = 'idle';
	#marked: Element | undefined;
	#voice: SpeechSynthesisVoice | undefined;
	#voicesKnown: Promise<void>;

	constructor(tools: HTMLElement) {
		this.#tools = tools;
		// The first getVoices() call can return nothing while the list loads; wait a moment for "voiceschanged".
		this.#voicesKnown = new Promise((known) => {
			this.#synth.addEventListener?.('voiceschanged', () => {
				this.#pickVoice();
				known();
			});
			if (this.#pickVoice()) known();
			else setTimeout(known, 1500);
		});
	}

	/** Picks the device voice; true when the browser listed any voice. */
	#pickVoice(): boolean {
		const voices = this.#synth.getVoices?.() ?? [];
		this.#voice = pickLocalVoice(voices, document.documentElement.lang || 'en');
		const note = this.#tools.querySelector<HTMLElement>('[data-voice-note]');
		if (note) note.hidden = this.#voice !== undefined;
		return voices.length > 0;
	}

	get #synth(): SpeechSynthesis {
		return window.speechSynthesis;
	}
	#button(action: string): HTMLButtonElement | null {
		return this.#tools.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
	}
	get #rate(): number {
		return Number(this.#tools.querySelector<HTMLSelectElement>('select[data-speed]')?.value ?? 1) || 1;
	}

	act(action: string | undefined): void {
		if (action === 'listen') this.play();
		else if (action === 'pause') this.togglePause();
		else if (action === 'stop') this.stop();
	}

	play(): void {
		const roots = [document.getElementById('_top'), document.querySelector('.sl-markdown-content')];
		const blocks = readingBlocks(roots.filter((r): r is HTMLElement => r !== null) as Node[]);
		this.#lines = blocks.flatMap((block) => block.sentences.map((_, index) => ({ block, index })));
		this.#synth.cancel();
		this.#setState('playing');
		this.#button('pause')?.focus();
		const token = ++this.#token;
		void this.#voicesKnown.then(() => {
			if (token === this.#token) this.#speak(0);
		});
	}

	togglePause(): void {
		if (this.#state === 'playing') {
			this.#synth.pause();
			this.#setState('paused');
		} else if (this.#state === 'paused') {
			this.#synth.resume();
			this.#setState('playing');
		}
	}

	stop(): void {
		const hadFocus = this.#tools.contains(document.activeElement);
		this.#token++;
		this.#synth.cancel();
		this.#setState('idle');
		this.#mark(undefined);
		if (hadFocus) this.#button('listen')?.focus();
	}

	/** A new speed applies from the sentence being read, said again. */
	changeRate(): void {
		if (this.#state === 'idle') return;
		this.#token++;
		this.#synth.cancel();
		this.#setState('playing');
		this.#speak(this.#at);
	}

	#speak(at: number): void {
		const line = this.#lines[at];
		if (!line) return this.stop();
		this.#at = at;
		const token = ++this.#token;
		const utterance = new SpeechSynthesisUtterance(line.block.sentences[line.index]!.text);
		utterance.rate = this.#rate;
		utterance.lang = document.documentElement.lang || 'en';
		if (this.#voice) utterance.voice = this.#voice;
		const next = () => {
			if (token === this.#token) this.#speak(at + 1);
		};
		utterance.addEventListener('end', next);
		utterance.addEventListener('error', (event) => {
			// "interrupted" and "canceled" are our own stop or speed change; any other error moves on.
			if (event.error !== 'interrupted' && event.error !== 'canceled') next();
		});
		this.#mark(line);
		this.#synth.speak(utterance);
	}

	#setState(state: State): void {
		this.#state = state;
		this.#tools.dataset['state'] = state;
		const listen = this.#button('listen');
		const controls = this.#tools.querySelector<HTMLElement>('[data-controls]');
		if (listen) listen.hidden = state !== 'idle';
		if (controls) controls.hidden = state === 'idle';
		const pause = this.#button('pause');
		if (pause) pause.textContent = state === 'paused' ? 'Resume' : 'Pause';
	}

	/** Highlights the sentence (the CSS Custom Highlight API, else the whole block) and scrolls it into view. */
	#mark(line: Line | undefined): void {
		this.#marked?.classList.remove('read-aloud-current');
		this.#marked = undefined;
		const highlights = 'highlights' in CSS ? CSS.highlights : undefined;
		highlights?.delete(HIGHLIGHT);
		if (!line) return;
		const element = line.block.element as Element;
		const sentence = line.block.sentences[line.index]!;
		const at = locate(line.block, sentence.start, sentence.end);
		let box = element.getBoundingClientRect();
		if (highlights && at) {
			const range = document.createRange();
			range.setStart(at.startNode, at.startOffset);
			range.setEnd(at.endNode, at.endOffset);
			highlights.set(HIGHLIGHT, new Highlight(range));
			box = range.getBoundingClientRect();
		} else {
			element.classList.add('read-aloud-current');
			this.#marked = element;
		}
		if (box.top < 0 || box.bottom > window.innerHeight) {
			const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
			element.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
		}
	}
}
