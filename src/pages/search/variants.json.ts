// /search/variants.json: every other name a student may type → the name the pages use, built from the glossary's
// otherNames and the actors' names (src/lib/search/names.ts, variantMap). The search dialog searches both.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { variantMap, type NameGroup } from '../../lib/search/names';

export const GET: APIRoute = async () => {
	const glossary = await getCollection('glossary');
	const actors = await getCollection('actors');
	const groups: NameGroup[] = glossary.map((entry) => ({
		canonical: entry.data.term,
		variants: entry.data.otherNames,
	}));
	for (const actor of actors) {
		// A person is often searched by surname alone.
		const surname = actor.data.kind === 'person' ? [actor.data.name.split(' ').at(-1)!] : [];
		const entry = groups.find((_, i) => glossary[i]?.id === actor.id);
		// An actor with a glossary entry shares its names (one canonical form, so the two never compete).
		if (entry) entry.variants = [...entry.variants, ...surname];
		else groups.push({ canonical: actor.data.name, variants: surname });
	}
	return new Response(JSON.stringify({ variants: variantMap(groups) }), {
		headers: { 'Content-Type': 'application/json' },
	});
};
