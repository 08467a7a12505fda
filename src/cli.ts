/**
 * `diplo-timeline`: the extraction pipeline on the command line (see `extract/command.ts`).
 *
 *   diplo-timeline extract FILE… [--out FILE] [--jobs N] [--keep-going]
 *   diplo-timeline merge A.json B.json… [--out FILE]
 *
 * The same file is the worker-thread entry for `--jobs`: rollup bundles the CLI into one
 * `dist/cli.js`, and a worker started on `import.meta.url` runs the `isMainThread === false`
 * branch at the bottom, under tsx and from the bundle alike.
 */
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { runCommand, workerReply } from './extract/command.js';
import pkg from '../package.json' with { type: 'json' };

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

if (isMainThread) {
  // `diplo-timeline extract … | head`: a reader that goes away is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`diplo-timeline: cannot write output (${err.code ?? err.message})\n`);
    process.exit(1);
  });
  const io = {
    stdout: (t: string) => void process.stdout.write(t),
    stderr: (t: string) => void process.stderr.write(t),
    startWorker,
    version: pkg.version,
  };
  runCommand(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`diplo-timeline: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
} else {
  parentPort!.on('message', (msg: Parameters<typeof workerReply>[0]) => parentPort!.postMessage(workerReply(msg)));
}
