import type { Server } from 'node:http';
/** Starts the static server of the demo; resolves once it listens. */
export function serve(options?: { port?: number; host?: string; dir?: string }): Promise<Server>;
