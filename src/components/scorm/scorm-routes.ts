// The hidden /scorm/ pages that SCORM packages are made of, the packages' plan, and the mastery score setting.
import { getCollection, getEntry } from 'astro:content';
import { AuthorError } from '../../lib/site/author-error';
import {
	correctPatterns,
	DEFAULT_MASTERY,
	INTERACTION_TYPE,
	parseMastery,
	type ScoData,
} from '../../lib/exports/scorm/cmi';
import type { PackageResource } from '../../lib/exports/scorm/manifest';
import { answerKey } from '../../lib/quiz/view';
import { isGraded } from '../../lib/quiz/view';
import { withBase } from '../../lib/site/urls';
import type { Quiz } from '../../lib/quiz/question';
import { unitQuizzes } from '../quiz/quiz-routes';

/** Pages under this path are built only to be packaged (noindex, not searched, not in the sitemap, linked nowhere). */
export const SCORM_PREFIX = '/scorm/';

/** Whether a page is built for a SCORM package (not served by the site): such a page loads nothing the package lacks. */
export const isPackagedPage = (pathname: string, base: string): boolean =>
	pathname.startsWith(withBase(base, SCORM_PREFIX));

/** The docs id of the lesson a /scorm/lessons/<id>/ page packages, or undefined on any other page. */
export function packagedLessonId(pathname: string, base: string = import.meta.env.BASE_URL): string | undefined {
	const prefix = withBase(base, `${SCORM_PREFIX}lessons/`);
	return pathname.startsWith(prefix) ? `lessons/${pathname.slice(prefix.length).replace(/\/$/, '')}` : undefined;
}

/** The unit package's name: /exports/karabakh-ceasefire.scorm.zip (contracts.md). */
export const UNIT_PACKAGE = 'karabakh-ceasefire';

/** Head and layout settings every packaged page shares: no search index, no sidebar, table of contents or pager. */
export const packagedFrontmatter = {
	tableOfContents: false,
	pagefind: false,
	prev: false,
	next: false,
	head: [{ tag: 'meta' as const, attrs: { name: 'robots', content: 'noindex, nofollow' } }],
};

/** SCORM_MASTERY (percent, 0–100) sets the mastery score of every package; 80 when unset. */
export function masteryScore(env: Record<string, string | undefined> = process.env): number {
	const raw = env['SCORM_MASTERY'];
	if (raw === undefined || raw === '') return DEFAULT_MASTERY;
	const value = parseMastery(raw);
	if (value === null) {
		throw new AuthorError({
			file: 'SCORM_MASTERY (environment variable)',
			problem: `"${raw}" is not a percentage.`,
			fix: 'set SCORM_MASTERY to a number from 0 to 100 (e.g. SCORM_MASTERY=70), or leave it unset for 80.',
		});
	}
	return value;
}

/** What the reporter needs on the SCO page: each graded question's SCORM type and correct-response patterns. */
export function scoData(id: string, quiz: Quiz): ScoData {
	const questions: ScoData['questions'] = {};
	for (const q of quiz.questions.filter(isGraded)) {
		const t = answerKey(q).t;
		questions[q.id] = { t, type: INTERACTION_TYPE[t], correct: correctPatterns(q) };
	}
	return { quiz: id, mastery: masteryScore(), questions };
}

export interface PlannedPackage {
	/** File name under /exports/. */
	file: string;
	identifier: string;
	title: string;
	/** Each resource's page is its hidden /scorm/… route; `href` is filled in by the packager. */
	resources: (Omit<PackageResource, 'href'> & { page: string })[];
}

/** Every package: one per quiz (the SCO and the source pages it links to), and the unit with lessons and all quizzes. */
export async function packagePlan(): Promise<{ mastery: number; packages: PlannedPackage[] }> {
	const quizzes = (await getCollection('quizzes')).sort((a, b) => a.data.order - b.data.order);
	const sources = await getCollection('sources');
	const sourceResources = (listed: boolean) =>
		sources.map((s) => ({
			id: `source-${s.id}`,
			kind: 'asset' as const,
			title: `Source: ${s.data.label}`,
			page: `${SCORM_PREFIX}sources/${s.id}/`,
			listed,
		}));
	const sco = (q: (typeof quizzes)[number]) => ({
		id: `quiz-${q.id}`,
		kind: 'sco' as const,
		title: `Quiz: ${q.data.title}`,
		page: `${SCORM_PREFIX}quizzes/${q.id}/`,
		listed: true,
	});
	const packages: PlannedPackage[] = quizzes.map((q) => ({
		file: `${q.id}.scorm.zip`,
		identifier: `karabakh-ceasefire-${q.id}`,
		title: `Quiz: ${q.data.title}`,
		resources: [sco(q), ...sourceResources(false)],
	}));
	const unit: PlannedPackage['resources'] = [];
	for (const q of await unitQuizzes()) {
		const lesson = q.data.lesson ? await getEntry('docs', `lessons/${q.data.lesson}`) : undefined;
		if (lesson)
			unit.push({
				id: `lesson-${q.data.lesson}`,
				kind: 'asset',
				title: lesson.data.title,
				page: `${SCORM_PREFIX}lessons/${q.data.lesson}/`,
				listed: true,
			});
		unit.push(sco(q));
	}
	packages.push({
		file: `${UNIT_PACKAGE}.scorm.zip`,
		identifier: UNIT_PACKAGE,
		title: 'The September 2023 ceasefire in Nagorno-Karabakh: a sourced unit',
		resources: [...unit, ...sourceResources(true)],
	});
	return { mastery: masteryScore(), packages };
}
