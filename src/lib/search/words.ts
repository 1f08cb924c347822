// How search compares words: folded case and accents, words of a text, and phrases as lookup keys.

/** Lower case, accents folded ("Türkiye" → "turkiye"), curly apostrophes straightened: how words are compared. */
export function foldText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[\u2018\u2019\u02bc]/g, "'")
		.toLowerCase();
}

/** The words of `text`, folded, without possessive "'s"; hyphenated compounds stay whole ("re-integration"). */
export function words(text: string): string[] {
	return (
		foldText(text)
			.replace(/'s\b/g, '')
			.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []
	);
}

/** A phrase as a lookup key: its words, compounds split at hyphens, joined by single spaces. */
export function phraseKey(text: string): string {
	return words(text)
		.flatMap((w) => w.split('-'))
		.join(' ');
}
