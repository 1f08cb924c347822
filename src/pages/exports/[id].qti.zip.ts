// /exports/<quiz-id>.qti.zip: the quiz as an IMS QTI 2.1 content package (Canvas, Blackboard and others).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { exportQuiz } from '../../lib/export-json';
import { qtiPackage } from '../../lib/export-qti';

export const getStaticPaths = (async () =>
	(await getCollection('quizzes')).map((quiz) => ({ params: { id: quiz.id }, props: { quiz } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ quiz: CollectionEntry<'quizzes'> }> = async ({ props }) => {
	const labels = new Map((await getCollection('sources')).map((s) => [s.id, s.data.label]));
	const zip = qtiPackage(exportQuiz(props.quiz.id, props.quiz.data), labels);
	return new Response(zip.buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/zip' } });
};
