// /exports/index.json: every quiz and where its exports are (contracts.md).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { quizPaths } from '../../lib/exports/json';
import { exportedFormats } from '../../components/teachers/export-formats';
import { CLAIM_EXPORTS } from '../../components/claims/claim-data';
import { CC_PATH } from '../../lib/exports/cc/cartridge';
import { UNIT_PACKAGE } from '../../components/scorm/scorm-routes';

export const GET: APIRoute = async () => {
	const quizzes = (await getCollection('quizzes')).sort((a, b) => a.data.order - b.data.order);
	const index = {
		quizzes: quizzes.map(({ id, data }) => {
			const paths = quizPaths(id);
			return {
				id,
				title: data.title,
				page: paths.page,
				/** A route quiz (its questions drawn from the lessons' quizzes) names its route on /teachers/routes/. */
				...(data.route ? { route: data.route } : {}),
				json: paths.json,
				...Object.fromEntries(exportedFormats.map((format) => [format, paths[format]])),
			};
		}),
		/** The whole unit for one LMS import: a Common Cartridge (lessons, quizzes, discussions, sources, teacher's
		 * guide) and a SCORM 1.2 package (lessons, source pages and every quiz as a graded SCO); both leave out the route
		 * quizzes, whose questions they already carry. */
		unit: { commonCartridge: CC_PATH, scorm: `/exports/${UNIT_PACKAGE}.scorm.zip` },
		/** The claim ledger comparing the reports (contracts.md, "Claim ledger"). */
		claims: CLAIM_EXPORTS,
	};
	return new Response(`${JSON.stringify(index, null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
