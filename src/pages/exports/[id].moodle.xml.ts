// /exports/<quiz-id>.moodle.xml: the quiz in Moodle XML (src/lib/exports/moodle.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { quizStaticPaths, sourceLabels, type QuizRouteProps } from '../../components/quiz/quiz-routes';
import { exportQuiz } from '../../lib/exports/json';
import { toMoodleXml } from '../../lib/exports/moodle';

export const getStaticPaths = quizStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute<QuizRouteProps> = async ({ props }) =>
	new Response(toMoodleXml(exportQuiz(props.quiz.id, props.quiz.data), await sourceLabels()), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
