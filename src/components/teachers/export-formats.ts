// Which derived export formats the build produces besides JSON; each is added with its generator (issue 5).
export const exportedFormats: readonly ('gift' | 'qti' | 'moodle' | 'scorm')[] = ['gift', 'qti', 'moodle', 'scorm'];
