/**
 * `diplo-timeline`: the extraction pipeline on the command line.
 *
 *   diplo-timeline extract FILE… [--out FILE] [--jobs N] [--keep-going]
 *   diplo-timeline merge A.json B.json… [--out FILE]
 *
 * The same file is the worker-thread entry for `--jobs`: rollup bundles the CLI into one
 * `dist/cli.js`, and a worker started on `import.meta.url` runs the `isMainThread === false`
 * branch at the bottom, under tsx and from the bundle alike.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { validateEventsDocument } from './events-schema.js';
import { extractArticle, htmlToText, mergeEventsDocuments, serializeDocument, type ExtractedDocument } from './extract/index.js';
import pkg from '../package.json' with { type: 'json' };

const HELP = `Usage:
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
class InputError extends Error {}

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

/** Reads an article file as text; HTML pages are reduced to their visible text. */
async function readArticle(file: string): Promise<{ id: string; text: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new InputError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let text: string;
  try {
    // fatal: a file that is not UTF-8 is an error, not silently mangled text.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: cannot decode as UTF-8`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || /^\s*<(!doctype|html)/i.test(text)) text = htmlToText(text);
  return { id: basename(file, extname(file)), text };
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
    data = JSON.parse(raw);
  } catch {
    throw new InputError(`${file}: not valid JSON`);
  }
  const check = validateEventsDocument(data);
  if (check.problems.length) throw new InputError(`${file}: not an events document (${check.problems[0]})`);
  return data as ExtractedDocument;
}

/**
 * A worker running this very file. From the bundle (`dist/cli.js`) that is plain JS; under
 * tsx the worker must register tsx's loader itself before importing a .ts file, because
 * Node 20 does not apply `--import tsx` to workers before their entry module loads.
 */
function startWorker(): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL(self));
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(self)}); })`;
  return new Worker(boot, { eval: true });
}

/** Runs `work` over `items` on `jobs` worker threads; results keep the items' order. */
async function inWorkers(items: { id: string; text: string }[], jobs: number): Promise<ExtractedDocument[]> {
  const results: ExtractedDocument[] = new Array(items.length);
  let next = 0;
  const runOne = () =>
    new Promise<void>((resolve, reject) => {
      const worker = startWorker();
      const feed = () => {
        if (next >= items.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const i = next++;
        worker.postMessage({ i, article: items[i] });
      };
      worker.on('message', (msg: { i: number; doc?: ExtractedDocument; error?: string }) => {
        if (msg.error) {
          void worker.terminate();
          reject(new Error(msg.error));
          return;
        }
        results[msg.i] = msg.doc!;
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, runOne));
  return results;
}

async function writeOutput(text: string, out: string | null): Promise<void> {
  if (!out) {
    process.stdout.write(text);
    return;
  }
  // Atomic: readers never see a half-written file, and a failed run leaves the old one.
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  await writeFile(tmp, text);
  await rename(tmp, out);
}

async function main(argv: string[]): Promise<number> {
  let opts: Options | 'help' | 'version';
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`diplo-timeline: ${err.message}\n${HELP.split('\n').slice(0, 4).join('\n')}\n`);
    return 2;
  }
  if (opts === 'help') {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (opts === 'version') {
    process.stdout.write(`${pkg.version}\n`);
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
    const articles: { id: string; text: string }[] = [];
    for (const f of opts.files) {
      try {
        articles.push(await readArticle(f));
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        failures.push(err.message);
      }
    }
    if (!failures.length || opts.keepGoing) {
      docs.push(...(opts.jobs > 1 && articles.length > 1 ? await inWorkers(articles, opts.jobs) : articles.map(extractArticle)));
    }
  }
  for (const f of failures) process.stderr.write(`diplo-timeline: ${f}${opts.keepGoing ? ' (skipped)' : ''}\n`);
  if (failures.length && !opts.keepGoing) return 1;
  await writeOutput(serializeDocument(mergeEventsDocuments(docs)), opts.out);
  return 0;
}

if (isMainThread) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`diplo-timeline: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
} else {
  parentPort!.on('message', ({ i, article }: { i: number; article: { id: string; text: string } }) => {
    try {
      parentPort!.postMessage({ i, doc: extractArticle(article) });
    } catch (err) {
      parentPort!.postMessage({ i, error: `${article.id}: ${err instanceof Error ? err.message : String(err)}` });
    }
  });
}
