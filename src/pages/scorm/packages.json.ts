// /scorm/packages.json: what each SCORM package holds, for the packager (src/integrations/scorm-packages.ts).
import type { APIRoute } from 'astro';
import { packagePlan } from '../../components/scorm/scorm-routes';

export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify(await packagePlan(), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
