// Prints the plain closing line "N passed, N failed" from vitest's JSON report (test-results/vitest.json).
// A run that failed before or outside vitest (type check, build) counts as one failure, never as green.
import { existsSync, readFileSync } from 'node:fs';

const exitCode = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync('test-results/vitest.json')) {
	const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
	passed = report.numPassedTests;
	failed = report.numFailedTests;
	skipped = report.numPendingTests + report.numTodoTests;
}
if (exitCode !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
