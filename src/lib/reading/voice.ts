// Which voice reads a lesson aloud. The guide promises that read-aloud sends nothing off the device, but a browser's
// default voice can be a network voice (Chrome's "Google US English" has localService false), so a voice on the
// device is chosen: one for the document's language ("en-GB"), else one for its base language ("en"), else any
// English one; among those, the browser's default first. None on the device: undefined (the caller says so).

/** The parts of a SpeechSynthesisVoice the choice reads. */
export interface VoiceInfo {
	lang: string;
	localService: boolean;
	default: boolean;
}

const norm = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();
const base = (tag: string) => norm(tag).split('-')[0]!;

/** The device (localService) voice to read `lang` with, or undefined when the device has none fit for it. */
export function pickLocalVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): V | undefined {
	const local = voices.filter((v) => v.localService);
	const tiers = [
		(v: V) => norm(v.lang) === norm(lang),
		(v: V) => base(v.lang) === base(lang || 'en'),
		(v: V) => base(v.lang) === 'en',
	];
	for (const fits of tiers) {
		const found = local.filter(fits);
		if (found.length) return found.find((v) => v.default) ?? found[0];
	}
	return undefined;
}
