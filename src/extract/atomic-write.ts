/**
 * Writing an output file so that no reader ever sees half of it: the text goes to a temporary
 * file in the same directory (same file system, so the rename is atomic), which then replaces
 * the target. A run that fails or is killed before the rename leaves the previous file as it
 * was; a failure after the temporary file exists removes it.
 */
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations used, replaceable in tests to simulate a failure at each step. */
export interface AtomicWriteFs {
  writeFile(path: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

const realFs: AtomicWriteFs = { writeFile: (p, d) => writeFile(p, d), rename, unlink };

/** The temporary name used next to `target` (hidden, per process). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
}

/**
 * Writes `text` to `target` atomically (temp file + rename).
 * @throws what the file system threw; `target` is then unchanged and no temp file remains
 */
export async function writeFileAtomic(target: string, text: string, fs: AtomicWriteFs = realFs): Promise<void> {
  const tmp = tempPathFor(target);
  try {
    await fs.writeFile(tmp, text);
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.unlink(tmp).catch(() => undefined);
    throw err;
  }
}
