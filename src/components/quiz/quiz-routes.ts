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

/** Source id → label ("Report A"), for evidence in exports. */
export async function sourceLabels(): Promise<Map<string, string>> {
	return new Map((await getCollection('sources')).map((s) => [s.id, s.data.label]));
}
