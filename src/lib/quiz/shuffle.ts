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

/**
 * A permutation of 0..n-1 (Fisher–Yates), the same for the same seed. Never the authored order itself (for n ≥ 2):
 * an ordering question shown in its answer order, or options always in authored order, would give answers away.
 */
export function shuffledOrder(n: number, seed: string): number[] {
	const order = Array.from({ length: n }, (_, i) => i);
	const random = prng(hashSeed(seed));
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return n > 1 && order.every((v, i) => v === i) ? [...order.slice(1), order[0]!] : order;
}

/** The seed of one question's options: each question shuffles differently, but reproducibly. */
export const questionSeed = (seed: string, quizId: string, questionId: string): string =>
	`${seed}/${quizId}/${questionId}`;
