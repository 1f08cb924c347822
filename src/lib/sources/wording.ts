// How the pages speak of the reports for however many there are: "the two reports", "both reports", "the other
// report compares" with two; "the three reports", "all three reports", "the other reports compare" with three.
export const NUMBER_WORDS = [
	'no',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
];

export interface ReportWords {
	/** "two", "three", "14". */
	count: string;
	/** "both reports", "all three reports". */
	all: string;
	/** "either report", "any report". */
	any: string;
	/** "the other report compares", "the other reports compare". */
	otherCompare: string;
	/** "What does the other report say?", "What do the other reports say?" */
	otherAsk: string;
}

export function reportWords(n: number): ReportWords {
	const count = NUMBER_WORDS[n] ?? String(n);
	if (n <= 1)
		return {
			count,
			all: 'the report',
			any: 'the report',
			otherCompare: 'no other report compares',
			otherAsk: 'What does it say?',
		};
	const two = n === 2;
	return {
		count,
		all: two ? 'both reports' : `all ${count} reports`,
		any: two ? 'either report' : 'any report',
		otherCompare: two ? 'the other report compares' : 'the other reports compare',
		otherAsk: two ? 'What does the other report say?' : 'What do the other reports say?',
	};
}
