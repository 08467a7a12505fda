/**
 * Fetches an events document from a URL. Never throws: a network failure, an HTTP error status,
 * bad JSON or an abort all come back as `{error}` so the component can show a message and keep
 * whatever it already had.
 */
import { validateEventsDocument, type ValidationResult } from '../events-schema.js';

export type LoadResult = { ok: true; result: ValidationResult } | { ok: false; aborted: boolean; message: string; cause?: unknown };

/** Loads and validates the events document at `url`. */
export async function loadEvents(url: string, signal?: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal, headers: { accept: 'application/json' } });
  } catch (cause) {
    const aborted = signal?.aborted ?? false;
    return { ok: false, aborted, message: `Could not load ${url}: ${cause instanceof Error ? cause.message : String(cause)}`, cause };
  }
  if (!response.ok) return { ok: false, aborted: false, message: `Could not load ${url}: HTTP ${response.status}` };
  let data: unknown;
  try {
    data = await response.json();
  } catch (cause) {
    const aborted = signal?.aborted ?? false;
    return { ok: false, aborted, message: `${url} is not valid JSON`, cause };
  }
  return { ok: true, result: validateEventsDocument(data) };
}
