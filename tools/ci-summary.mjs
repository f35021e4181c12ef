// Prints the closing line of a CI run, "N passed, N failed", counting every test in vitest's
// JSON report plus every CI step other than the test run itself; exits 1 if anything failed.
// Plain JavaScript so it runs even when the npm install failed.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, stepsPath] = process.argv.slice(2);
let passed = 0;
let failed = 0;

if (reportPath && existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed += report.numPassedTests ?? 0;
  // A file that fails to load fails no test but counts as failed suites.
  const failedTests = report.numFailedTests ?? 0;
  failed += failedTests > 0 ? failedTests : (report.numFailedTestSuites ?? 0);
  console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests ?? 0} skipped`);
} else {
  console.log('tests: no report (the test run did not start)');
  failed += 1;
}

const steps = stepsPath && existsSync(stepsPath) ? readFileSync(stepsPath, 'utf8').trim().split('\n') : [];
for (const line of steps) {
  const [result, name] = line.split(' ');
  console.log(`step ${name}: ${result}`);
  if (name === 'tests') {
    // Counted through the report, unless the run failed without a failing test (a crash).
    if (result === 'fail' && failed === 0) failed += 1;
    continue;
  }
  if (result === 'pass') passed += 1;
  else failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
