// Prints one closing line CI can read, e.g. "browser: 12 passed, 0 failed, 0 skipped".
// wtr's own summary is drawn for a terminal, so it is printed on process exit, after wtr's output.
export function plainSummary() {
  let passed = 0, failed = 0, skipped = 0;
  const walk = (suite) => {
    for (const t of suite.tests ?? []) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite.suites ?? []) walk(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      passed = failed = skipped = 0;
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        // A file that failed to load or threw outside a test has errors but no failing test.
        if (!s.testResults || (s.errors?.length ?? 0) > 0 || (!s.passed && !s.testResults?.tests?.length && !s.testResults?.suites?.length)) failed++;
      }
    },
    stop() {
      process.once('exit', () => console.log(`browser: ${passed} passed, ${failed} failed, ${skipped} skipped`));
    },
  };
}
