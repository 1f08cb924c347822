// Seeded shuffling, so a `?seed=` link shows a whole class the same order on every device.

/** FNV-1a: a string seed → 32-bit integer. */
export function hashSeed(seed: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < seed.length; i++) {
		h ^= seed.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** mulberry32: a small, fast PRNG with good enough spread for ordering options. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates over 0..n-1, driven by the seed. */
function permutation(n: number, seed: string): number[] {
	const order = Array.from({ length: n }, (_, i) => i);
	const random = prng(hashSeed(seed));
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return order;
}

/** How many items a permutation leaves where they started. */
export const fixedPoints = (order: readonly number[]): number => order.filter((v, i) => v === i).length;

/**
 * How many items of a question may stay in their authored place. An ordering question's items and a matching
 * question's right-hand texts are authored in answer order, so each one left in place is part of the answer shown for
 * free: none may stay for up to four items, one for more. Options of choice questions are not limited (a key that
 * could never be in its authored place would be a cue of its own).
 */
export const maxFixedPoints = (type: string, n: number): number =>
	type === 'order' || type === 'match' ? (n <= 4 ? 0 : 1) : n;

/**
 * A permutation of 0..n-1 (Fisher–Yates), the same for the same seed, leaving at most `maxFixed` items in place. Never
 * the authored order itself (for n ≥ 2): an ordering question shown in its answer order, or options always in authored
 * order, would give answers away.
 */
export function shuffledOrder(n: number, seed: string, maxFixed = n): number[] {
	let order = permutation(n, seed);
	for (let k = 1; k < 64 && fixedPoints(order) > maxFixed; k++) order = permutation(n, `${seed}#${k}`);
	// Still too many in place (or the authored order itself): one step round, which leaves none in place.
	if (n > 1 && (fixedPoints(order) > maxFixed || fixedPoints(order) === n)) order = order.map((_, i) => (i + 1) % n);
	return order;
}

/** The seed of one question's options: each question shuffles differently, but reproducibly. */
export const questionSeed = (seed: string, quizId: string, questionId: string): string =>
	`${seed}/${quizId}/${questionId}`;

/**
 * THE order of a question's choices for a seed: canonical indices of its options, order items or match choices as
 * shown. The one function behind the quiz page (quiz-controls.ts), the worksheet and answer key (view.ts and their
 * `?seed=` script) and the exports (exports/lms.ts), so that a sheet printed for `?seed=N` matches
 * `/quizzes/<id>/?mode=test&seed=N`.
 */
export const seededOrder = (
	seed: string,
	quizId: string,
	question: { id: string; type: string },
	n: number,
): number[] => shuffledOrder(n, questionSeed(seed, quizId, question.id), maxFixedPoints(question.type, n));
