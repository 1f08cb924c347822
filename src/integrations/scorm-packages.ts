// Astro integration: after the build (and after the CSP hashes are complete), zips each SCORM 1.2 package from the
// hidden /scorm/ pages into /exports/<name>.scorm.zip, with relative URLs only and every file in the manifest.
import type { AstroIntegration } from 'astro';
import { zipSync } from 'fflate';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlannedPackage } from '../components/scorm/scorm-routes';
import { scormManifest } from '../lib/exports/scorm/manifest';
import { packagePage, scriptImports, withShare } from '../lib/exports/scorm/package-page';
import { trailingSlash } from '../lib/site/urls';

const PREFIX = '/scorm/';
/** Shown in a packaged lesson where the site embeds its quiz: in the course, the quiz is the next item. */
const QUIZ_POINTER =
	'<p class="scorm-quiz-pointer"><strong>Quiz:</strong> this lesson\'s quiz is the next item of the course, where your answers and score go to your teacher.</p>';
/** Fixed dates keep the zips byte-for-byte the same from one build to the next. */
const MTIME = new Date('2023-09-20T00:00:00Z');

async function buildPackage(
	root: string,
	base: string,
	plan: PlannedPackage,
	mastery: number,
): Promise<{ zip: Uint8Array; files: number }> {
	const fileOf = (page: string) => `${page.slice(PREFIX.length)}index.html`;
	const pages = new Map(plan.resources.map((r) => [`/${r.page.slice(PREFIX.length)}`, fileOf(r.page)]));
	// A course item never links to a SCO: the LMS launches SCOs, so a link to one would run it outside its item.
	const linkable = new Map([...pages].filter(([, file]) => !file.startsWith('quizzes/')));
	const files: Record<string, Uint8Array> = {};
	const assets = new Set<string>();
	const scos = plan.resources.filter((r) => r.kind === 'sco').length;
	for (const r of plan.resources) {
		const page = await readFile(join(root, r.page, 'index.html'), 'utf8');
		// In a package of n quizzes each reports 1/n of its percentage (see withShare).
		const html = r.kind === 'sco' && scos > 1 ? withShare(page, 1 / scos) : page;
		const file = fileOf(r.page);
		const out = packagePage(html, {
			base,
			file,
			sitePath: `/${r.page.slice(PREFIX.length)}`,
			pages: linkable,
			...(r.id.startsWith('lesson-') ? { quizPointer: QUIZ_POINTER } : {}),
		});
		files[file] = new TextEncoder().encode(out.html);
		for (const a of out.assets) assets.add(a);
	}
	const queue = [...assets];
	while (queue.length) {
		const asset = queue.pop()!;
		const bytes = await readFile(join(root, asset));
		files[asset] = bytes;
		if (asset.endsWith('.js')) {
			for (const dep of scriptImports(asset, new TextDecoder().decode(bytes)))
				if (!assets.has(dep)) {
					assets.add(dep);
					queue.push(dep);
				}
		}
	}
	const manifest = scormManifest({
		identifier: plan.identifier,
		title: plan.title,
		mastery,
		resources: plan.resources.map(({ page, ...r }) => ({ ...r, href: fileOf(page) })),
		shared: [...assets].sort(),
	});
	const zip = zipSync({ 'imsmanifest.xml': new TextEncoder().encode(manifest), ...files }, { level: 9, mtime: MTIME });
	return { zip, files: Object.keys(files).length + 1 };
}

export default function scormPackages(): AstroIntegration {
	let base = '/';
	return {
		name: 'scorm-packages',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = trailingSlash(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const planFile = join(root, 'scorm', 'packages.json');
				const { mastery, packages } = JSON.parse(await readFile(planFile, 'utf8')) as {
					mastery: number;
					packages: PlannedPackage[];
				};
				await mkdir(join(root, 'exports'), { recursive: true });
				for (const plan of packages) {
					const { zip, files } = await buildPackage(root, base, plan, mastery);
					await writeFile(join(root, 'exports', plan.file), zip);
					logger.info(`${plan.file}: ${files} files, ${(zip.length / 1024).toFixed(1)} KB`);
				}
				// The /scorm/ pages exist only to be packaged: the site itself does not serve them (nor list them anywhere).
				await rm(join(root, 'scorm'), { recursive: true });
				const sitemap = join(root, 'sitemap-0.xml');
				const xml = await readFile(sitemap, 'utf8').catch(() => null);
				if (xml)
					await writeFile(
						sitemap,
						xml.replace(/<url><loc>[^<]*\/scorm\/[^<]*<\/loc>(?:(?!<\/url>)[\s\S])*<\/url>/g, ''),
					);
			},
		},
	};
}
