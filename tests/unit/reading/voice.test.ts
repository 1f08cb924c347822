import { describe, expect, it } from 'vitest';
import { pickLocalVoice } from '../../../src/lib/reading/voice';

const voice = (name: string, lang: string, localService: boolean, isDefault = false) => ({
	name,
	lang,
	localService,
	default: isDefault,
});

describe('pickLocalVoice', () => {
	const network = voice('Google US English', 'en-US', false, true);
	const us = voice('Local US', 'en-US', true);
	const gb = voice('Local GB', 'en_GB', true);
	const fr = voice('Local French', 'fr-FR', true);

	it('never picks a network voice, even the default one', () => {
		expect(pickLocalVoice([network], 'en')).toBeUndefined();
		expect(pickLocalVoice([network, fr], 'en')).toBeUndefined();
	});
	it("prefers the document's own language, then its base language, then any English", () => {
		expect(pickLocalVoice([network, us, gb], 'en-GB')).toBe(gb);
		expect(pickLocalVoice([network, fr, us], 'en')).toBe(us);
		expect(pickLocalVoice([fr, us], 'de')).toBe(us);
	});
	it("takes the browser's default among equals", () => {
		const gbDefault = voice('Local GB default', 'en-GB', true, true);
		expect(pickLocalVoice([us, gbDefault], 'en')).toBe(gbDefault);
	});
});
