// /exports/<quiz-id>.json: the canonical, machine-readable form of a quiz (contracts.md).
import type { APIRoute, GetStaticPaths } from 'astro';
import { quizStaticPaths, type QuizRouteProps } from '../../components/quiz/quiz-routes';
import { exportQuiz } from '../../lib/exports/json';

export const getStaticPaths = quizStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute<QuizRouteProps> = ({ props }) =>
	new Response(`${JSON.stringify(exportQuiz(props.quiz.id, props.quiz.data), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
