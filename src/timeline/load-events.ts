/**
 * Fetches an events document from a URL. Never throws: a network failure, an HTTP error status,
 * no answer in time, a body over the size limit, bad JSON, JSON that is no events document, or
 * an abort all come back as `{error}` so the component can show a message and keep whatever it
 * already had.
 */
import { validateEventsDocument, type ValidationResult } from '../events-schema.js';

export type LoadResult = { ok: true; result: ValidationResult } | { ok: false; aborted: boolean; message: string; cause?: unknown };

export interface LoadLimits {
  /** Milliseconds to wait for the response to start, and then for each next piece of the body. */
  timeout: number;
  /** Largest body read, in bytes; a longer one is cut off and reported. */
  maxBytes: number;
}

const TIMEOUT = new Error('timeout');

/**
 * Loads and validates the events document at `url`. The timeout is reset by every chunk, so a
 * large document on a slow line still loads while a stalled server is given up on.
 */
export async function loadEvents(url: string, signal: AbortSignal | undefined, { timeout, maxBytes }: LoadLimits, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  const inner = new AbortController();
  let timer = 0;
  const cancel = () => {
    clearTimeout(timer);
    inner.abort();
  };
  signal?.addEventListener('abort', cancel);
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => inner.abort(TIMEOUT), timeout) as unknown as number;
  };
  const fail = (why: string, cause?: unknown): LoadResult => ({ ok: false, aborted: !!signal?.aborted, message: `Could not load ${url}: ${why}`, cause });
  try {
    wait();
    const response = await fetchImpl(url, { signal: inner.signal, headers: { accept: 'application/json' } });
    if (!response.ok) return fail(`HTTP ${response.status}`);
    // Read the body in chunks, counting bytes: a runaway response must not exhaust the page.
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    let text = '';
    let size = 0;
    while (reader) {
      wait();
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        void reader.cancel();
        return fail(`larger than ${maxBytes} bytes`);
      }
      text += decoder.decode(value, { stream: true });
    }
    let data: unknown;
    try {
      data = JSON.parse(text + decoder.decode());
    } catch (cause) {
      return fail('not valid JSON', cause);
    }
    // JSON of another shape is not read as "no events": it would wipe what the reader sees.
    if (!Array.isArray(data) && !Array.isArray((data as { events?: unknown } | null)?.events)) return fail('not an events document (no "events" array)');
    return { ok: true, result: validateEventsDocument(data) };
  } catch (cause) {
    return fail(inner.signal.reason === TIMEOUT ? `no answer within ${timeout / 1000} s` : cause instanceof Error ? cause.message : String(cause), cause);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}
