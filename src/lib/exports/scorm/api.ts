// Finds the SCORM 1.2 API object an LMS exposes as `window.API` in the SCO's own window, a parent frame or an opener.

/** The SCORM 1.2 run-time API (SCORM 1.2 RTE 3.3): every call takes and returns strings. */
export interface Scorm12Api {
	LMSInitialize(arg: ''): string | boolean;
	LMSFinish(arg: ''): string | boolean;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string | boolean;
	LMSCommit(arg: ''): string | boolean;
	LMSGetLastError(): string | number;
	LMSGetErrorString(code: string): string;
	LMSGetDiagnostic(code: string): string;
}

/** What the search reads of a window: its API, its parent and opener. Cross-origin frames throw on access. */
export interface FrameLike {
	API?: unknown;
	parent?: FrameLike | null;
	opener?: FrameLike | null;
}

/** ADL's search looks at most this many parents up before giving up (frames nest a few levels in real LMSs). */
export const MAX_HOPS = 7;

const isApi = (value: unknown): value is Scorm12Api =>
	typeof value === 'object' &&
	value !== null &&
	typeof (value as Scorm12Api).LMSInitialize === 'function' &&
	typeof (value as Scorm12Api).LMSSetValue === 'function';

/** Walks up the parents of `win` (bounded); a frame of another origin ends the walk instead of throwing. */
function searchUp(win: FrameLike | null | undefined, maxHops: number): Scorm12Api | null {
	let current = win;
	for (let hop = 0; current && hop <= maxHops; hop++) {
		try {
			if (isApi(current.API)) return current.API;
			const parent = current.parent;
			if (!parent || parent === current) return null;
			current = parent;
		} catch {
			return null;
		}
	}
	return null;
}

/**
 * The standard search (ADL's SCORM 1.2 `getAPI`): this window and its parents, then the opener and its parents.
 * Returns null when there is no LMS, so the page works as it does on the site.
 */
export function findApi(win: FrameLike, maxHops = MAX_HOPS): Scorm12Api | null {
	const found = searchUp(win, maxHops);
	if (found) return found;
	try {
		return searchUp(win.opener, maxHops) ?? searchUp(topOf(win).opener, maxHops);
	} catch {
		return null;
	}
}

/** The outermost reachable window (the one whose opener launched the course in a pop-up). */
function topOf(win: FrameLike): FrameLike {
	let current = win;
	for (let hop = 0; hop < MAX_HOPS; hop++) {
		try {
			if (!current.parent || current.parent === current) return current;
			current = current.parent;
		} catch {
			return current;
		}
	}
	return current;
}
