// /exports/<quiz-id>.gift.txt: the quiz in Moodle's GIFT format.
import type { APIRoute, GetStaticPaths } from 'astro';
import { quizStaticPaths, sourceLabels, type QuizRouteProps } from '../../components/quiz/quiz-routes';
import { exportQuiz } from '../../lib/exports/json';
import { toGift } from '../../lib/exports/gift';

export const getStaticPaths = quizStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute<QuizRouteProps> = async ({ props }) => {
	const labels = await sourceLabels();
	return new Response(toGift(exportQuiz(props.quiz.id, props.quiz.data), labels), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
