import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, rename, unlink, writeFile } from 'node:fs/promises';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempPathFor, writeFileAtomic, type AtomicWriteFs } from '../../src/extract/atomic-write.js';

const dir = mkdtempSync(join(tmpdir(), 'diplo-atomic-'));
const real: AtomicWriteFs = { writeFile: (p, d) => writeFile(p, d), rename, unlink };

test('writes through a temp file in the same directory, then renames it over the target', async () => {
  const target = join(dir, 'events.json');
  writeFileSync(target, 'old\n');
  const steps: string[] = [];
  await writeFileAtomic(target, 'new\n', {
    writeFile: async (p, d) => { steps.push(`write ${p === tempPathFor(target)}`); await real.writeFile(p, d); },
    rename: async (a, b) => { steps.push(`rename ${b === target}`); await real.rename(a, b); },
    unlink: real.unlink,
  });
  assert.deepEqual(steps, ['write true', 'rename true']);
  assert.equal(readFileSync(target, 'utf8'), 'new\n');
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});

test('a run interrupted half-way through writing leaves the previous file intact and no temp file', async () => {
  const target = join(dir, 'kept.json');
  writeFileSync(target, 'previous\n');
  const crashing: AtomicWriteFs = {
    // Half the text reaches the disk, then the write fails (disk full, process killed…).
    writeFile: async (p, d) => { await appendFile(p, d.slice(0, d.length / 2)); throw new Error('ENOSPC: no space left on device'); },
    rename: real.rename,
    unlink: real.unlink,
  };
  await assert.rejects(writeFileAtomic(target, '{"a": 1, "b": 2}\n', crashing), /ENOSPC/);
  assert.equal(readFileSync(target, 'utf8'), 'previous\n');
  assert.ok(!existsSync(tempPathFor(target)));
});

test('a failing rename leaves the previous file intact and removes the temp file', async () => {
  const target = join(dir, 'kept2.json');
  writeFileSync(target, 'previous\n');
  await assert.rejects(writeFileAtomic(target, 'new\n', { ...real, rename: async () => { throw new Error('EXDEV'); } }), /EXDEV/);
  assert.equal(readFileSync(target, 'utf8'), 'previous\n');
  assert.ok(!existsSync(tempPathFor(target)));
});
