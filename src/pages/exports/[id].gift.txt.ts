// /exports/<quiz-id>.gift.txt: the quiz in Moodle's GIFT format.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { exportQuiz } from '../../lib/export-json';
import { toGift } from '../../lib/export-gift';

export const getStaticPaths = (async () =>
	(await getCollection('quizzes')).map((quiz) => ({ params: { id: quiz.id }, props: { quiz } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ quiz: CollectionEntry<'quizzes'> }> = async ({ props }) => {
	const labels = new Map((await getCollection('sources')).map((s) => [s.id, s.data.label]));
	return new Response(toGift(exportQuiz(props.quiz.id, props.quiz.data), labels), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
