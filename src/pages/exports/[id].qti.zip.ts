// /exports/<quiz-id>.qti.zip: the quiz as an IMS QTI 2.1 content package (Canvas, Blackboard and others).
import type { APIRoute, GetStaticPaths } from 'astro';
import { quizStaticPaths, sourceLabels, type QuizRouteProps } from '../../components/quiz/quiz-routes';
import { exportQuiz } from '../../lib/exports/json';
import { qtiPackage } from '../../lib/exports/qti/package';

export const getStaticPaths = quizStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute<QuizRouteProps> = async ({ props }) => {
	const labels = await sourceLabels();
	const zip = qtiPackage(exportQuiz(props.quiz.id, props.quiz.data), labels);
	return new Response(zip.buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/zip' } });
};
