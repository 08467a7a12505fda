// `npm test`: typecheck, Node tests of pure logic, build, browser tests in Chromium, and the
// consumer tests of the packed package. Every suite runs even when an earlier one fails, and
// the closing lines say how many tests passed and failed in each and in all.
import { spawn } from 'node:child_process';

const steps = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '-p', 'tsconfig.json'] },
  { name: 'node', cmd: 'npm', args: ['run', '--silent', 'test:node'], counts: 'tap' },
  { name: 'build', cmd: 'npm', args: ['run', '--silent', 'build'], gate: true },
  { name: 'manifest', cmd: 'npm', args: ['run', '--silent', 'analyze'] },
  { name: 'browser', cmd: 'npm', args: ['run', '--silent', 'test:browser'], counts: 'wtr' },
  { name: 'consumer', cmd: 'npm', args: ['run', '--silent', 'test:consumer'], counts: 'tap', needsBuild: true },
];

function runStep({ cmd, args }) {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const counts = (kind, out) => {
  if (kind === 'tap') {
    const pass = out.match(/^# pass (\d+)/m), fail = out.match(/^# fail (\d+)/m);
    return pass && fail ? { passed: +pass[1], failed: +fail[1] } : null;
  }
  const m = out.match(/^browser: (\d+) passed, (\d+) failed/m);
  return m ? { passed: +m[1], failed: +m[2] } : null;
};

const summary = [];
const total = { passed: 0, failed: 0 };
let failed = false, built = true;
for (const step of steps) {
  if (step.needsBuild && !built) {
    summary.push(`${step.name}: skipped (the build failed)`);
    failed = true;
    continue;
  }
  console.log(`\n── ${step.name} ──`);
  const { code, out } = await runStep(step);
  if (code !== 0) failed = true;
  if (step.gate && code !== 0) built = false;
  if (!step.counts) {
    summary.push(`${step.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`}`);
    continue;
  }
  // A runner that crashed before counting is one failure, not zero.
  const c = counts(step.counts, out) ?? { passed: 0, failed: 1 };
  total.passed += c.passed;
  total.failed += c.failed;
  summary.push(`${step.name}: ${c.passed} passed, ${c.failed} failed${code !== 0 && c.failed === 0 ? ` (exit ${code})` : ''}`);
}
console.log(`\n── summary ──\n${summary.join('\n')}\ntests: ${total.passed} passed, ${total.failed} failed${failed ? ' (FAILED)' : ''}`);
process.exit(failed ? 1 : 0);
