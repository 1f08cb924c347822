// /search/variants.json: every other name a student may type → the name the pages use, built from the glossary's
// otherNames and the actors' names (src/lib/search.ts, variantMap). The search dialog searches both.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { variantMap, type NameGroup } from '../../lib/search';

export const GET: APIRoute = async () => {
	const glossary = await getCollection('glossary');
	const actors = await getCollection('actors');
	const groups: NameGroup[] = glossary.map((entry) => ({ canonical: entry.data.term, variants: entry.data.otherNames }));
	for (const actor of actors) {
		const entry = glossary.find((g) => g.id === actor.id);
		const variants = entry ? [entry.data.term, ...entry.data.otherNames] : [];
		// A person is often searched by surname alone.
		if (actor.data.kind === 'person') variants.push(actor.data.name.split(' ').at(-1)!);
		groups.push({ canonical: actor.data.name, variants });
	}
	return new Response(JSON.stringify({ variants: variantMap(groups) }), { headers: { 'Content-Type': 'application/json' } });
};
