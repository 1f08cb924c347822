// One page per quiz: the static paths shared by quiz pages, worksheets, answer keys and export files.
import { getCollection, type CollectionEntry } from 'astro:content';

export interface QuizRouteProps {
	quiz: CollectionEntry<'quizzes'>;
}

export async function quizStaticPaths() {
	return (await getCollection('quizzes')).map((quiz) => ({
		params: { id: quiz.id },
		props: { quiz } satisfies QuizRouteProps,
	}));
}

/**
 * The quizzes the unit's SCORM package and Common Cartridge carry, in order: every quiz but a route's, whose questions
 * are already there in their lessons' quizzes (a route quiz has its own page, worksheet, key and per-quiz exports).
 */
export async function unitQuizzes(): Promise<CollectionEntry<'quizzes'>[]> {
	return (await getCollection('quizzes')).filter((q) => !q.data.route).sort((a, b) => a.data.order - b.data.order);
}

/** Source id → label ("Report A"), for evidence in exports. */
export async function sourceLabels(): Promise<Map<string, string>> {
	return new Map((await getCollection('sources')).map((s) => [s.id, s.data.label]));
}
