// What OAT's qti-sdk (the QTI engine behind TAO) checks when it starts an item session, restated from its source
// (oat-sa/qti-sdk, src/qtism/): parsing an item succeeds either way, running it does not.
import { descendants, kids, parseXml, textOf } from './xml-tree';

/**
 * The problems qti-sdk would raise for an assessmentItem, empty when it runs:
 * - runtime/common/Variable.php dataModelValuesToRuntime(), called by Variable::createFromDataModel() for a default
 *   value and by ResponseVariable::createFromDataModel() for the correct response when
 *   AssessmentItemSession::beginItemSession() instantiates each declaration: a 'single' cardinality needs exactly one
 *   value ("… must contain a single value, N value(s) found", UnexpectedValueException);
 * - data/state/CorrectResponse.php setValues() and DefaultValue: at least one value;
 * - data/state/Mapping.php setMapEntries(): at least one mapEntry ("A Mapping object must contain at least one
 *   MapEntry object"); MapEntryMarshaller: mappedValue is a float;
 * - runtime/common/Utils.php isBaseTypeCompliant(), via the container's createFromDataModel(): a directedPair value is
 *   two identifiers, a float value a number.
 */
export function qtiSdkProblems(item: string): string[] {
	const doc = parseXml(item);
	const problems: string[] = [];
	const declarations = [...kids(doc, 'responseDeclaration'), ...kids(doc, 'outcomeDeclaration')];
	for (const decl of declarations) {
		const id = decl.attrs['identifier'] ?? '?';
		const cardinality = decl.attrs['cardinality'];
		const baseType = decl.attrs['baseType'];
		for (const holder of [...kids(decl, 'correctResponse'), ...kids(decl, 'defaultValue')]) {
			const values = kids(holder, 'value').map(textOf);
			if (values.length === 0) problems.push(`${id}: <${holder.name}> has no value`);
			if (cardinality === 'single' && values.length > 1)
				problems.push(
					`${id}: a Data Model VariableDeclaration with 'single' cardinality must contain a single value, ${values.length} value(s) found (<${holder.name}>)`,
				);
			for (const v of values) {
				if (baseType === 'directedPair' && !/^[A-Za-z_][\w.-]* [A-Za-z_][\w.-]*$/.test(v))
					problems.push(`${id}: "${v}" is not a directedPair`);
				if (baseType === 'float' && !Number.isFinite(Number(v))) problems.push(`${id}: "${v}" is not a float`);
			}
		}
		for (const mapping of kids(decl, 'mapping')) {
			const entries = kids(mapping, 'mapEntry');
			if (entries.length === 0) problems.push(`${id}: a Mapping object must contain at least one MapEntry object`);
			for (const e of entries)
				if (!Number.isFinite(Number(e.attrs['mappedValue'])))
					problems.push(`${id}: mapEntry ${e.attrs['mapKey']} has no numeric mappedValue`);
		}
	}
	// runtime/rules/SetOutcomeValueProcessor.php and runtime/expressions/MapResponseProcessor.php (and the other
	// expression processors): a variable that is not declared is NONEXISTENT_VARIABLE ("No variable with identifier
	// 'X' …"); and mapResponse needs a mapping on the response (QTI 2.1, mapResponse).
	const declared = new Map(declarations.map((d) => [d.attrs['identifier'], d]));
	const refs = ['variable', 'setOutcomeValue', 'mapResponse', 'correct'].flatMap((name) => descendants(doc, name));
	for (const ref of refs) {
		const target = declared.get(ref.attrs['identifier']);
		if (!target) problems.push(`${ref.attrs['identifier']}: no variable with this identifier (<${ref.name}>)`);
		else if (ref.name === 'mapResponse' && !kids(target, 'mapping').length)
			problems.push(`${ref.attrs['identifier']}: mapResponse on a response with no mapping`);
	}
	return problems;
}
