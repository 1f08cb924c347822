// Types for the two Starlight virtual modules src/components/overrides/Search.astro imports, as Starlight's own
// Search component does (Starlight does not publish declarations for them).
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
declare module 'virtual:starlight/project-context' {
	const project: { trailingSlash: 'always' | 'never' | 'ignore' };
	export default project;
}
