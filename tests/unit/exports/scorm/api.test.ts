import { describe, expect, it } from 'vitest';
import { findApi, MAX_HOPS, type FrameLike } from '../../../../src/lib/exports/scorm/api';

const api = () => ({ LMSInitialize: () => 'true', LMSSetValue: () => 'true' });
/** A chain of frames, innermost first; the outermost is its own parent, like window.top. */
function frames(depth: number, apiAt?: number): FrameLike[] {
	const chain: FrameLike[] = Array.from({ length: depth }, () => ({}));
	chain.forEach((f, i) => (f.parent = chain[i + 1] ?? f));
	if (apiAt !== undefined) chain[apiAt]!.API = api();
	return chain;
}

describe('findApi (the SCORM 1.2 API search)', () => {
	it('finds the API in the window itself or a parent frame', () => {
		expect(findApi(frames(1, 0)[0]!)).not.toBeNull();
		const top = frames(4, 3);
		expect(findApi(top[0]!)).toBe(top[3]!.API);
		const chain = frames(4, 2);
		expect(findApi(chain[0]!)).toBe(chain[2]!.API);
	});

	it('looks in the opener (a course opened in a pop-up) and the opener of the top window', () => {
		const lms = frames(2, 1);
		expect(findApi({ opener: lms[0]!, parent: null })).toBe(lms[1]!.API);
		const popup = frames(3);
		popup[2]!.opener = lms[0]!;
		expect(findApi(popup[0]!)).toBe(lms[1]!.API);
	});

	it('gives up after a bounded number of parents, and on cross-origin frames that throw', () => {
		const deep = frames(MAX_HOPS + 3, MAX_HOPS + 2);
		expect(findApi(deep[0]!)).toBeNull();
		const hostile: FrameLike = {
			get parent(): FrameLike {
				throw new DOMException('Blocked a frame', 'SecurityError');
			},
		};
		expect(findApi(hostile)).toBeNull();
		expect(findApi({ API: { LMSInitialize: 'not a function' }, parent: null })).toBeNull();
	});

	it('returns null with no LMS at all', () => {
		expect(findApi(frames(3)[0]!)).toBeNull();
	});
});
