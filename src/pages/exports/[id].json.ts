// /exports/<quiz-id>.json: the canonical, machine-readable form of a quiz (contracts.md).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { exportQuiz } from '../../lib/export-json';

export const getStaticPaths = (async () =>
	(await getCollection('quizzes')).map((quiz) => ({ params: { id: quiz.id }, props: { quiz } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ quiz: CollectionEntry<'quizzes'> }> = ({ props }) =>
	new Response(`${JSON.stringify(exportQuiz(props.quiz.id, props.quiz.data), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
