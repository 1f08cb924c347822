// Runs an item's QTI 2.1 response processing on a response, as the QTI 2.1 specification defines the expressions and
// rules the exports use (match, stringMatch, correct, variable, baseValue, mapResponse, index, sum, gt, or,
// responseCondition, setOutcomeValue). Anything else throws, so a new construct cannot pass untested. Also the
// contract's own scoring (contracts.md, "Scoring"), to compare with.
import { descendants, kids, parseXml, textOf, type XmlNode } from './xml-tree';

type Value = string | number | boolean | string[] | null;
export type QtiResponse = string | string[] | null;

const same = (a: string[], b: string[], ordered: boolean) =>
	a.length === b.length &&
	(ordered ? a.every((x, i) => x === b[i]) : [...a].sort().every((x, i) => x === [...b].sort()[i]));

/** SCORE and FEEDBACK after response processing, for `response` to the item's RESPONSE. */
export function runResponseProcessing(item: string, response: QtiResponse): { score: number; feedback: string | null } {
	const doc = parseXml(item);
	const decls = new Map(
		[...kids(doc, 'responseDeclaration'), ...kids(doc, 'outcomeDeclaration')].map((d) => [d.attrs['identifier']!, d]),
	);
	const values = (holder: XmlNode | undefined) => kids(holder, 'value').map(textOf);
	const state = new Map<string, Value>();
	for (const [id, d] of decls) {
		const initial = values(kids(d, 'defaultValue')[0]);
		const float = d.attrs['baseType'] === 'float';
		state.set(id, initial.length ? (float ? Number(initial[0]) : initial[0]!) : float ? 0 : null);
	}
	state.set('RESPONSE', response);
	const cardinality = (id: string) => decls.get(id)?.attrs['cardinality'];

	const evaluate = (e: XmlNode): Value => {
		const args = () => e.children.map(evaluate);
		switch (e.name) {
			case 'baseValue':
				return e.attrs['baseType'] === 'float' ? Number(textOf(e)) : textOf(e);
			case 'variable':
				return state.get(e.attrs['identifier']!) ?? null;
			case 'correct': {
				const v = values(kids(decls.get(e.attrs['identifier']!), 'correctResponse')[0]);
				return cardinality(e.attrs['identifier']!) === 'single' ? (v[0] ?? null) : v;
			}
			case 'match': {
				const [a, b] = args();
				if (a === null || b === null || a === undefined || b === undefined) return null;
				if (Array.isArray(a) && Array.isArray(b)) return same(a, b, cardinality('RESPONSE') === 'ordered');
				return a === b;
			}
			case 'stringMatch': {
				const [a, b] = args();
				if (typeof a !== 'string' || typeof b !== 'string') return null;
				return e.attrs['caseSensitive'] === 'false' ? a.toLowerCase() === b.toLowerCase() : a === b;
			}
			case 'or':
				return args().some((v) => v === true);
			case 'gt': {
				const [a, b] = args();
				return typeof a === 'number' && typeof b === 'number' ? a > b : null;
			}
			case 'sum':
				return args().reduce<number>((total, v) => total + (typeof v === 'number' ? v : NaN), 0);
			case 'index': {
				const [list] = args();
				return Array.isArray(list) ? (list[Number(e.attrs['n']) - 1] ?? null) : null;
			}
			case 'mapResponse': {
				const id = e.attrs['identifier']!;
				const mapping = kids(decls.get(id), 'mapping')[0]!;
				const entries = kids(mapping, 'mapEntry');
				const given = state.get(id);
				const list = given === null ? [] : Array.isArray(given) ? [...new Set(given)] : [String(given)];
				let total = list.reduce((sum, v) => {
					const entry = entries.find((m) =>
						m.attrs['caseSensitive'] === 'false'
							? m.attrs['mapKey']!.toLowerCase() === v.toLowerCase()
							: m.attrs['mapKey'] === v,
					);
					return sum + Number(entry ? entry.attrs['mappedValue'] : (mapping.attrs['defaultValue'] ?? 0));
				}, 0);
				if (mapping.attrs['lowerBound'] !== undefined) total = Math.max(Number(mapping.attrs['lowerBound']), total);
				if (mapping.attrs['upperBound'] !== undefined) total = Math.min(Number(mapping.attrs['upperBound']), total);
				return total;
			}
			default:
				throw new Error(`qti-score: <${e.name}> is not implemented`);
		}
	};
	const run = (rule: XmlNode): void => {
		if (rule.name === 'setOutcomeValue') {
			state.set(rule.attrs['identifier']!, evaluate(rule.children[0]!));
			return;
		}
		if (rule.name !== 'responseCondition') throw new Error(`qti-score: <${rule.name}> is not implemented`);
		for (const branch of rule.children) {
			if (branch.name === 'responseElse') {
				branch.children.forEach(run);
				return;
			}
			const [condition, ...rules] = branch.children;
			if (evaluate(condition!) === true) {
				rules.forEach(run);
				return;
			}
		}
	};
	const processing = kids(doc, 'responseProcessing')[0];
	if (processing?.attrs['template']) throw new Error('qti-score: templates are not implemented');
	processing?.children.forEach(run);
	if (descendants(doc, 'responseProcessing').length > 1) throw new Error('qti-score: more than one responseProcessing');
	return { score: Number(state.get('SCORE')), feedback: (state.get('FEEDBACK') as string | null) ?? null };
}

/** contracts.md "Scoring", multiple: +1/k per correct option ticked, −1/k per wrong one (k correct options), ≥ 0. */
export const contractMultiple = (ticked: readonly boolean[], correct: readonly boolean[]): number => {
	const k = correct.filter(Boolean).length;
	const raw = ticked.reduce((s, t, i) => s + (t ? (correct[i] ? 1 / k : -1 / k) : 0), 0);
	return Math.min(1, Math.max(0, raw));
};
/** contracts.md "Scoring", match and order: 1/n per left item given its partner, or per item in its position. */
export const contractParts = (right: number, n: number): number => right / n;
