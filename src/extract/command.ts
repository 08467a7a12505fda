/**
 * The `diplo-timeline` command, as a function of its arguments: `runCommand(argv, io)` does
 * what the CLI does and returns the exit code. `src/cli.ts` is only the process entry (and the
 * worker entry for `--jobs`); tests run the command in-process, which is what keeps them fast.
 *
 * Errors are one line on stderr naming the file, never a stack trace: unreadable, binary,
 * UTF-16 or non-UTF-8 input (exit 1, or skipped with `--keep-going`), usage errors (exit 2),
 * and anything unexpected (exit 1).
 */
import { readFile } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import { validateEventsDocument } from '../events-schema.js';
import { writeFileAtomic } from './atomic-write.js';
import { extractArticle, mergeEventsDocuments, serializeDocument, type Article, type ExtractedDocument } from './index.js';
import { decodeArticle, InputError } from './read-input.js';

/** Where the command writes, and how it starts a worker thread for `--jobs`. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Starts a worker running the CLI entry; without it `--jobs` runs in this thread. */
  startWorker?: () => Worker;
  /** The package version for `--version`. */
  version: string;
}

/** The usage text of `--help`. */
export const HELP = `Usage:
  diplo-timeline extract FILE… [--out FILE] [--jobs N] [--keep-going]
  diplo-timeline merge EVENTS.json… [--out FILE]
  diplo-timeline --help | --version

extract   Reads Vietnamese news articles (.txt, or saved .html pages whose markup is
          stripped) and prints their events document (diplo-timeline/events@1) as JSON.
merge     Merges events documents written by "extract" exactly as one run over all their
          articles would (same ids, same dedupe): extract shards anywhere, merge after.

Options:
  --out FILE      write to FILE (atomically: temp file + rename) instead of stdout
  --jobs N        extract articles on N worker threads (default 1); output is identical
  --keep-going    a file that cannot be read or decoded is reported on stderr and skipped;
                  the other files' events are still written and the exit code is 0.
                  Without it, such a file stops the run with exit code 1 and no output.
  -h, --help      this text
  -v, --version   the version

Exit codes: 0 success, 1 unreadable/undecodable input, 2 usage error.`;

interface Options {
  command: 'extract' | 'merge';
  files: string[];
  out: string | null;
  jobs: number;
  keepGoing: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  if (argv.includes('--version') || argv.includes('-v')) return 'version';
  const [command, ...rest] = argv;
  if (command !== 'extract' && command !== 'merge') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  const opts: Options = { command, files: [], out: null, jobs: 1, keepGoing: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--out' || a === '-o') {
      if (!rest[i + 1]) throw new UsageError('--out needs a file');
      opts.out = rest[++i];
    } else if (a.startsWith('--out=')) opts.out = a.slice(6);
    else if (a === '--jobs' || a === '-j' || a.startsWith('--jobs=')) {
      const v = a.startsWith('--jobs=') ? a.slice(7) : rest[++i];
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs needs a positive integer, got "${v ?? ''}"`);
      opts.jobs = n;
    } else if (a === '--keep-going' || a === '-k') opts.keepGoing = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
    else opts.files.push(a);
  }
  if (!opts.files.length) throw new UsageError(`${command} needs at least one file`);
  return opts;
}


async function readArticle(file: string): Promise<ReturnType<typeof decodeArticle>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new InputError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return decodeArticle(file, bytes);
}

async function readEventsFile(file: string): Promise<ExtractedDocument> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  } catch {
    throw new InputError(`${file}: not valid JSON`);
  }
  const check = validateEventsDocument(data);
  if (check.problems.length) throw new InputError(`${file}: not an events document (${check.problems[0]})`);
  return data as ExtractedDocument;
}

/** Articles sent to a worker per message: enough to amortise a round trip, small enough to balance. */
const BATCH = 16;

/** Runs `extractArticle` over `items` on `jobs` worker threads; results keep the items' order. */
async function inWorkers(items: Article[], jobs: number, start: () => Worker): Promise<ExtractedDocument[]> {
  const results: ExtractedDocument[] = new Array(items.length);
  let next = 0;
  const runOne = () =>
    new Promise<void>((resolve, reject) => {
      const worker = start();
      const feed = () => {
        if (next >= items.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const from = next;
        next = Math.min(items.length, next + BATCH);
        worker.postMessage({ from, articles: items.slice(from, next) });
      };
      worker.on('message', (msg: { from: number; docs?: ExtractedDocument[]; error?: string }) => {
        if (msg.error) {
          void worker.terminate();
          reject(new Error(msg.error));
          return;
        }
        msg.docs!.forEach((d, k) => (results[msg.from + k] = d));
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(jobs, Math.ceil(items.length / BATCH)) }, runOne));
  return results;
}

/** What a worker does with one message: extract a batch of articles (see `src/cli.ts`). */
export function workerReply({ from, articles }: { from: number; articles: Article[] }): { from: number; docs?: ExtractedDocument[]; error?: string } {
  const docs: ExtractedDocument[] = [];
  for (const a of articles) {
    try {
      docs.push(extractArticle(a));
    } catch (err) {
      return { from, error: `${a.id}: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
  return { from, docs };
}

/**
 * Runs `diplo-timeline` with `argv` (without the node and script paths).
 * @returns the exit code: 0 success, 1 unreadable/undecodable input or an unexpected error, 2 usage
 */
export async function runCommand(argv: string[], io: CommandIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    // Never a stack trace: one line, whatever went wrong.
    io.stderr(`diplo-timeline: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
    return 1;
  }
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  let opts: Options | 'help' | 'version';
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`diplo-timeline: ${err.message}\n${HELP.split('\n').slice(0, 4).join('\n')}\n`);
    return 2;
  }
  if (opts === 'help') {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (opts === 'version') {
    io.stdout(`${io.version}\n`);
    return 0;
  }

  const failures: string[] = [];
  const docs: ExtractedDocument[] = [];
  if (opts.command === 'merge') {
    for (const f of opts.files) {
      try {
        docs.push(await readEventsFile(f));
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        failures.push(err.message);
      }
    }
  } else {
    const articles: Article[] = [];
    for (const f of opts.files) {
      try {
        const a = await readArticle(f);
        for (const w of a.warnings) io.stderr(`diplo-timeline: warning: ${w}\n`);
        articles.push({ id: a.id, text: a.text });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        failures.push(err.message);
      }
    }
    if (!failures.length || opts.keepGoing) {
      const parallel = opts.jobs > 1 && articles.length > 1 && io.startWorker;
      docs.push(...(parallel ? await inWorkers(articles, opts.jobs, io.startWorker!) : articles.map(extractArticle)));
    }
  }
  for (const f of failures) io.stderr(`diplo-timeline: ${f}${opts.keepGoing ? ' (skipped)' : ''}\n`);
  if (failures.length && !opts.keepGoing) return 1;
  const text = serializeDocument(mergeEventsDocuments(docs));
  if (opts.out) await writeFileAtomic(opts.out, text);
  else io.stdout(text);
  return 0;
}
