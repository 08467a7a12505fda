import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../../src/extract/command.js';

// Most behaviour is checked in-process through `runCommand` (what `src/cli.ts` calls); only what
// needs a real process (exit status, worker threads, no stack trace) spawns the CLI, and those
// spawns start together at load time so they overlap.
const root = new URL('../../', import.meta.url).pathname;
const seeds = ['000_cbc7e3660ab725c9', '001_af63b8d74b151962', '002_493b47f04a0b3331'].map((s) => join(root, 'seeds', `${s}.txt`));
const dir = mkdtempSync(join(tmpdir(), 'diplo-cli-'));

interface Run { status: number; stdout: string; stderr: string }
async function cli(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await runCommand(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), version: '9.9.9' });
  return { status, stdout, stderr };
}
const spawnCli = (...args: string[]) =>
  new Promise<Run>((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 }, (err, stdout, stderr) =>
      resolve({ status: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }));
  });

const binary = join(dir, 'image.txt');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
const spawned = {
  jobs1: spawnCli('extract', ...seeds, '--jobs', '1'),
  jobs2: spawnCli('extract', ...seeds, '--jobs', '2'),
  binary: spawnCli('extract', binary),
  version: spawnCli('--version'),
};
const all = cli('extract', ...seeds);

test('extract prints an events document on stdout', async () => {
  const r = await cli('extract', seeds[0]);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.schema, 'diplo-timeline/events@1');
  assert.equal(doc.documents[0].id, '000_cbc7e3660ab725c9');
  assert.ok(doc.events.some((e: { id: string }) => e.id === '2016-02-08-obama-mattarella-meeting'));
});

test('--out writes the same bytes as stdout, and leaves no temp file', async () => {
  const out = join(dir, 'out.json');
  const r = await cli('extract', ...seeds, '--out', out);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(readFileSync(out, 'utf8'), (await all).stdout);
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});

test('a failing run leaves the previous --out file intact', async () => {
  const out = join(dir, 'kept.json');
  writeFileSync(out, 'previous contents\n');
  const r = await cli('extract', seeds[0], join(dir, 'missing.txt'), '--out', out);
  assert.equal(r.status, 1);
  assert.equal(readFileSync(out, 'utf8'), 'previous contents\n');
});

test('an unreadable file is a one-line error naming it, exit 1, no output', async () => {
  const r = await cli('extract', seeds[0], join(dir, 'missing.txt'));
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr.trim(), /^diplo-timeline: .*missing\.txt: cannot read/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

test('a file that is not UTF-8 is an error; --keep-going still writes the rest', async () => {
  const bad = join(dir, 'bad.txt');
  writeFileSync(bad, Buffer.from([0x4e, 0x67, 0xe0, 0xff, 0xfe, 0x79]));
  assert.equal((await cli('extract', bad)).status, 1);
  const r = await cli('extract', seeds[0], bad, '--keep-going');
  assert.equal(r.status, 0);
  assert.match(r.stderr, /bad\.txt: cannot decode/);
  assert.equal(r.stdout, (await cli('extract', seeds[0])).stdout);
});

test('a binary file is a one-line error naming it, non-zero exit, no stack trace (real process)', async () => {
  const r = await spawned.binary;
  assert.notEqual(r.status, 0);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^diplo-timeline: .*image\.txt: binary file/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('UTF-16 is refused by name; UTF-8 with a BOM and CRLF line ends gives the same events', async () => {
  const text = readFileSync(seeds[0], 'utf8');
  const utf16 = join(dir, 'utf16.txt');
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const r16 = await cli('extract', utf16);
  assert.equal(r16.status, 1);
  assert.match(r16.stderr, /utf16\.txt: UTF-16/);
  const bom = join(dir, '000_cbc7e3660ab725c9.txt');
  writeFileSync(bom, '\ufeff' + text.replace(/\n/g, '\r\n'));
  const r = await cli('extract', bom);
  assert.equal(r.status, 0, r.stderr);
  const events = (s: string) => JSON.parse(s).events.map((e: { id: string; start: string; title: unknown }) => [e.id, e.start, e.title]);
  assert.deepEqual(events(r.stdout), events((await cli('extract', seeds[0])).stdout));
});

test('empty and non-Vietnamese files give no events and a warning, exit 0', async () => {
  const empty = join(dir, 'empty.txt');
  const english = join(dir, 'english.txt');
  writeFileSync(empty, '');
  writeFileSync(english, 'On 8 February, President Barack Obama held talks with his Italian counterpart Sergio Mattarella at the White House. '.repeat(3));
  const r = await cli('extract', empty, english);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).events, []);
  assert.match(r.stderr, /empty\.txt: empty/);
  assert.match(r.stderr, /english\.txt: does not look like Vietnamese/);
});

test('merge of per-file documents equals one run over all files', async () => {
  const parts = await Promise.all(seeds.map(async (s, i) => {
    const f = join(dir, `part${i}.json`);
    assert.equal((await cli('extract', s, '--out', f)).status, 0);
    return f;
  }));
  const merged = await cli('merge', ...parts.reverse());
  assert.equal(merged.status, 0, merged.stderr);
  assert.equal(merged.stdout, (await all).stdout);
});

test('--jobs 2 gives the same bytes as --jobs 1 and as the in-process run (real process, worker threads)', async () => {
  const [one, two] = await Promise.all([spawned.jobs1, spawned.jobs2]);
  assert.equal(two.status, 0, two.stderr);
  assert.equal(two.stdout, one.stdout);
  assert.equal(one.stdout, (await all).stdout);
});

test('.html pages are read as their visible text', async () => {
  const text = readFileSync(seeds[0], 'utf8');
  const html = join(dir, '000_cbc7e3660ab725c9.html');
  const body = text.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</p>`).join('\n');
  writeFileSync(html, `<!doctype html><html><head><title>x</title><style>p { color: red }</style><script>var a = "Ngày 1/1, Tổng thống Mỹ Barack Obama hội đàm với Tổng thống Nga Vladimir Putin";</script></head><body><nav>Trang chủ</nav>${body}</body></html>`);
  const r = await cli('extract', html);
  assert.equal(r.status, 0, r.stderr);
  const events = JSON.parse(r.stdout).events as { id: string; participants: { name: string }[] }[];
  assert.ok(events.some((e) => e.id === '2016-02-08-obama-mattarella-meeting'));
  assert.ok(!events.some((e) => e.participants.some((p) => p.name === 'Vladimir Putin')), 'nothing from the <script>');
});

test('--help, --version and usage errors', async () => {
  assert.match((await cli('--help')).stdout, /--keep-going/);
  assert.equal((await cli('frobnicate')).status, 2);
  assert.equal((await cli('extract')).status, 2);
  const v = await spawned.version;
  assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
  assert.equal(v.status, 0);
});
