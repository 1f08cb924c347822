import { describe, expect, it } from 'vitest';
import { buildCitedBy } from '../../../src/lib/sources/cited-by';

describe('buildCitedBy', () => {
	it('maps each paragraph to the pages citing it, each page once', () => {
		const index = buildCitedBy([
			{
				title: 'Background',
				href: '/lessons/background/',
				citations: [
					{ source: 'report-a', p: 6 },
					{ source: 'report-a', p: 6 },
				],
			},
			{
				title: 'Glossary: Enclave',
				href: '/glossary/#enclave',
				citations: [
					{ source: 'report-a', p: 6 },
					{ source: 'report-b', p: 6 },
				],
			},
		]);
		expect(index.get('report-a')?.get(6)).toEqual([
			{ title: 'Background', href: '/lessons/background/' },
			{ title: 'Glossary: Enclave', href: '/glossary/#enclave' },
		]);
		expect(index.get('report-b')?.get(6)).toEqual([{ title: 'Glossary: Enclave', href: '/glossary/#enclave' }]);
		expect(index.get('report-b')?.get(7)).toBeUndefined();
	});
});
