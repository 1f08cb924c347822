// Students' questions: what a question asks ("when", "how many"), which of its words carry meaning, "quiz on …", and
// how well a page's heading answers it. Pure; src/components/search/ runs it against Pagefind's results.
import { words } from './words';

/** Words that carry no meaning for search: left out of a question's search and of heading matches. */
export const STOP_WORDS = new Set(
	(
		'a about an and any are as at be been but by can could did do does for from had has have how i if in into is it ' +
		'its me my of on or so some that the their them then there these they this those to was we were what when where ' +
		'which who whom whose why will with would you your ' +
		// Question words as typed on a phone.
		'wat wot whats wen hw whos wheres ' +
		// Verbs a question wraps around its subject ("what did X say", "what does X mean").
		'happen happened happens mean means meant say said says tell told ' +
		// "How many" and "how much" are the question's opening, which headings are matched on.
		'many much'
	).split(' '),
);

/** Question openings, and the heading words that answer them ("When did …" is answered by "What time …"). */
const ASKS: Record<string, string[]> = {
	when: ['when', 'time', 'date', 'day'],
	wen: ['when', 'time', 'date', 'day'],
	'what time': ['when', 'time'],
	'how many': ['many', 'number', 'figures'],
	'how much': ['much', 'many', 'number'],
	'how long': ['long', 'decades', 'years'],
	where: ['where'],
	who: ['who', 'whom', 'whose'],
	why: ['why', 'aimed', 'reason'],
	how: ['how'],
	what: ['what'],
	wat: ['what'],
	which: ['which', 'who'],
};

export interface Question {
	/** The opening a heading may echo ("when", "how many"), if the query opens with one. */
	asks: string | undefined;
	/** What the student wants a quiz on ("quiz on the ceasefire terms" → "the ceasefire terms"), if anything. */
	quizTopic: string | undefined;
	/** Whether the query reads as a question (a question word first, or a question mark). */
	isQuestion: boolean;
	/** Whether it asks what a word means or who someone is ("what is a blockade", "who is Pashinyan"). */
	defines: boolean;
}

const QUIZ_FIRST = /^(?:an?\s+|the\s+)?(?:quiz|quizzes|test|questions)\s+(?:on|about|for|of|in|from)\s+(.+)$/i;
const QUIZ_LAST = /^(.+?)\s+(?:quiz|quizzes|test)$/i;
const DEFINES = /^(?:(?:what|wat|wot|who)\s+(?:is|are|was|were|does|do)\b|whats\b|whos\b)|\bmean(?:s|ing)?\s*\??$/i;
const OPENERS =
	/^(?:what|whats|wat|wot|when|wen|where|wheres|who|whom|whose|whos|why|how|hw|which|did|does|do|is|are|was|were|will|would|can|could)\b/i;

/** Reads what kind of question `query` is. */
export function readQuestion(query: string): Question {
	const text = query.trim();
	const last = QUIZ_LAST.exec(text)?.[1];
	const topic = (QUIZ_FIRST.exec(text)?.[1] ?? (last && !OPENERS.test(last) ? last : undefined))?.trim();
	const folded = words(text).join(' ');
	const asks = Object.keys(ASKS)
		.sort((a, b) => b.length - a.length)
		.find((opening) => folded === opening || folded.startsWith(`${opening} `));
	return {
		asks,
		quizTopic: topic || undefined,
		isQuestion: OPENERS.test(text) || text.endsWith('?'),
		defines: DEFINES.test(text),
	};
}

/** The words worth searching: without stop words and question words, each once. */
export function contentWords(query: string): string[] {
	return [...new Set(words(query).filter((w) => !STOP_WORDS.has(w)))];
}

/** A rough stem, so "start" meets "starting" and "agreed" meets "agreement": common endings cut, 4 letters kept. */
export function stem(word: string): string {
	const cut = word.replace(/(?:ments?|ing|ed|es|s)$/, '');
	return cut.length >= 4 ? cut : word.slice(0, Math.max(4, cut.length));
}

/**
 * How well `heading` answers a question with these content words and opening, from 0 to 1: the share of the content
 * words the heading has (by stem), with the opening counting half a word when the heading echoes it.
 */
export function headingMatch(content: string[], asks: string | undefined, heading: string): number {
	if (content.length === 0) return 0;
	const stems = words(heading)
		.flatMap((w) => w.split('-'))
		.map(stem);
	const has = (w: string) => stems.some((s) => s.startsWith(stem(w)) || (s.length >= 4 && stem(w).startsWith(s)));
	const found = content.filter(has).length;
	if (found === 0) return 0;
	const echoed = asks && ASKS[asks]!.some((w) => stems.includes(stem(w))) ? 0.5 : 0;
	return (found + echoed) / (content.length + (asks ? 0.5 : 0));
}

/** The best match among a page's title and headings. */
export function bestHeadingMatch(content: string[], asks: string | undefined, headings: string[]): number {
	return Math.max(0, ...headings.map((h) => headingMatch(content, asks, h)));
}
