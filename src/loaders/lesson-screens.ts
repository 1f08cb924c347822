// The lesson plans' starters and exit questions (src/content/lesson-screens.yaml): shown in the teacher's guide's
// tables (<LessonScreen>) and one per screen on a projector (/teachers/present/).
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import type { CitationGate } from './citation-gate';
import { yamlFile } from './checked-yaml';

export const LESSON_SCREENS_FILE = 'src/content/lesson-screens.yaml';

/** What the ids are for, said when one is used twice. */
export const LESSON_SCREEN_IDS = {
	entry: 'lesson plan',
	usedFor: "the lesson's starter and exit question in the teacher's guide and on /teachers/present/ (#<id>)",
};

/** One lesson's two screens; `cite` is the data-citation schema (checked against the sources). */
export function lessonScreensSchema(cite: z.ZodType<{ source: string; p: number; quote?: string | undefined }>) {
	const screen = z.object({ text: z.string().min(1), cites: z.array(cite).default([]) });
	return z.object({ starter: screen, exit: screen });
}

export const lessonScreensLoader = (schema: z.ZodType, gate: CitationGate): Loader =>
	yamlFile(LESSON_SCREENS_FILE, LESSON_SCREEN_IDS, { schema, gate });
