import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const seeds = ['000_cbc7e3660ab725c9', '001_af63b8d74b151962', '002_493b47f04a0b3331'].map((s) => join(root, 'seeds', `${s}.txt`));
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), ...args], { cwd: root, encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'diplo-cli-'));

test('extract prints an events document on stdout', () => {
  const r = cli('extract', seeds[0]);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.schema, 'diplo-timeline/events@1');
  assert.equal(doc.documents[0].id, '000_cbc7e3660ab725c9');
  assert.ok(doc.events.some((e: { id: string }) => e.id === '2016-02-08-obama-mattarella-meeting'));
});

test('--out writes the same bytes as stdout', () => {
  const out = join(dir, 'out.json');
  const r = cli('extract', ...seeds, '--out', out);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(readFileSync(out, 'utf8'), cli('extract', ...seeds).stdout);
});

test('an unreadable file is a one-line error naming it, exit 1, no output', () => {
  const r = cli('extract', seeds[0], join(dir, 'missing.txt'));
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr.trim(), /^diplo-timeline: .*missing\.txt: cannot read/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

test('a file that is not UTF-8 is an error; --keep-going still writes the rest', () => {
  const bad = join(dir, 'bad.txt');
  writeFileSync(bad, Buffer.from([0x4e, 0x67, 0xe0, 0xff, 0xfe, 0x79]));
  assert.equal(cli('extract', bad).status, 1);
  const r = cli('extract', seeds[0], bad, '--keep-going');
  assert.equal(r.status, 0);
  assert.match(r.stderr, /bad\.txt: cannot decode/);
  assert.equal(r.stdout, cli('extract', seeds[0]).stdout);
});

test('merge of per-file documents equals one run over all files', () => {
  const parts = seeds.map((s, i) => {
    const f = join(dir, `part${i}.json`);
    assert.equal(cli('extract', s, '--out', f).status, 0);
    return f;
  });
  const merged = cli('merge', ...parts.reverse());
  assert.equal(merged.status, 0, merged.stderr);
  assert.equal(merged.stdout, cli('extract', ...seeds).stdout);
});

test('--jobs 2 gives the same bytes as --jobs 1', () => {
  const one = cli('extract', ...seeds, '--jobs', '1');
  const two = cli('extract', ...seeds, '--jobs', '2');
  assert.equal(two.status, 0, two.stderr);
  assert.equal(two.stdout, one.stdout);
});

test('.html pages are read as their visible text', () => {
  const text = readFileSync(seeds[0], 'utf8');
  const html = join(dir, '000_cbc7e3660ab725c9.html');
  const body = text.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</p>`).join('\n');
  writeFileSync(html, `<!doctype html><html><head><title>x</title><script>var a = "ngày 1/1";</script></head><body><nav>Trang chủ</nav>${body}</body></html>`);
  const r = cli('extract', html);
  assert.equal(r.status, 0, r.stderr);
  const ids = JSON.parse(r.stdout).events.map((e: { id: string }) => e.id);
  assert.ok(ids.includes('2016-02-08-obama-mattarella-meeting'));
});

test('--help and --version', () => {
  assert.match(cli('--help').stdout, /--keep-going/);
  assert.match(cli('--version').stdout, /^\d+\.\d+\.\d+\n$/);
  assert.equal(cli('frobnicate').status, 2);
});
