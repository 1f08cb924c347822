// Zips an export's files with a fixed date, so the same content gives the same bytes from build to build.
import { zipSync, strToU8 } from 'fflate';

/** A fixed date keeps zip bytes the same from build to build. */
export const ZIP_MTIME = new Date('2023-09-20T12:00:00Z');

export const zipFiles = (files: Record<string, string | Uint8Array>): Uint8Array =>
	zipSync(
		Object.fromEntries(
			Object.entries(files).map(([path, data]) => [
				path,
				[typeof data === 'string' ? strToU8(data) : data, { mtime: ZIP_MTIME }],
			]),
		),
		{ level: 9 },
	);
