// The base-aware link helper components use; BASE_URL comes from astro.config.mjs (BASE_PATH).
import { withBase } from '../../lib/site/urls';

export const url = (path: string): string => withBase(import.meta.env.BASE_URL, path);
