// Which clock a time is given by: GMT (the reader's) or the region's own ("local"). A label names it ("9am GMT",
// "1pm local", "GMT+4" is folded to local in words.ts), and so does a place: "1pm there", "1pm their time",
// "1pm Baku time", "1pm in Nagorno-Karabakh", "1pm in the region" are the region's clocks, "9am UK time" the reader's.
import type { Token } from './words';

export type Zone = 'gmt' | 'local';

const ZONE = /^(?:gmt|utc|z|local)$/;
const zoneOf = (w: string): Zone => (w === 'local' ? 'local' : 'gmt');
/** Places and owners whose clocks are GMT: the pupil's own, as the question sets it. */
const HOME = /^(?:uk|british|britain|england|english|scotland|wales|london|greenwich|our|my)$/;
/** Words after "in" or before "time" that name no place or clock ("in the morning", "in report A", "in total"). */
const NOT_PLACE =
	/^(?:the|a|an|this|that|same|what|any|each|both|report|reports|total|words|figures|brackets|fact|short|morning|afternoon|evening|night|other|which|on|at|reality|theory|general|summary|conclusion|particular|practice|answer|question|text|article|paragraph)$/;
const isWord = (w: string) => /^\p{L}+$/u.test(w);

/** The zone a place word after a time gives it: "there", "<place> time", "in <place>", "in the <place>". */
function placeAfter(at: (k: number) => string, j: number): Zone | undefined {
	const w = at(j);
	if (w === 'there') return 'local';
	if (isWord(w) && at(j + 1) === 'time' && !NOT_PLACE.test(w)) return HOME.test(w) ? 'gmt' : 'local';
	if (w !== 'in') return undefined;
	const place = at(j + 1) === 'the' ? at(j + 2) : at(j + 1);
	if (!isWord(place) || NOT_PLACE.test(place)) return undefined;
	return HOME.test(place) ? 'gmt' : 'local';
}

/** The zone a time is labelled with: "9am GMT", "1pm is local", "1pm (local)", or before it, "local time is 1pm". */
export function zoneAround(t: readonly Token[], i: number, j: number): Zone | undefined {
	const s = t[i]!.s;
	const at = (k: number) => (t[k]?.s === s ? t[k].w : '');
	let k = j;
	while (/^(?:is|was|in)$/.test(at(k))) k++;
	if (ZONE.test(at(k))) return zoneOf(at(k));
	const place = placeAfter(at, j) ?? (/^(?:is|was)$/.test(at(j)) ? placeAfter(at, j + 1) : undefined);
	if (place) return place;
	for (let b = i - 1; b >= Math.max(0, i - 4) && t[b]!.s === s; b--) {
		if (ZONE.test(t[b]!.w)) return zoneOf(t[b]!.w);
		if (!/^(?:time|is|was|at|=|the|by)$/.test(t[b]!.w)) break;
	}
	return undefined;
}
