// Code that runs inside every benchmark page, installed before any page script by Playwright's
// addInitScript (so it must be self-contained: it is serialised with Function#toString).
//
// What it measures, and why this way:
// - Frame times are the intervals between consecutive requestAnimationFrame timestamps: that is
//   the cadence at which the page actually produced frames while a gesture ran. A frame that
//   missed vsync shows up as a 33 ms (or longer) interval.
// - "After paint" is approximated by a MessageChannel task posted from a rAF callback: it runs
//   once the frame containing that callback has been handed to the compositor.
// - Input-to-paint latency: each wheel/pointer event's own `timeStamp` (when the browser received
//   it) against the after-paint time of the first frame that follows its dispatch.
// - Long animation frames (LoAF, Chromium ≥ 123) or long tasks, with their script attribution,
//   tell which work made a frame long.

/** Installs `window.__bench` in the page. */
export function installMeasure() {
  const B = (window.__bench = {});
  const afterPaint = () => new Promise((resolve) => {
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(0);
    });
  });
  B.afterPaint = afterPaint;

  const long = [];
  B.longFramesSupported = false;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        long.push({
          kind: 'loaf', start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
          // from the start of rendering (rAF callbacks, style, layout, paint) to the end of the frame
          render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
          styleLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
          scripts: (e.scripts ?? []).map((s) => ({
            invoker: s.invoker, fn: s.sourceFunctionName, url: (s.sourceURL ?? '').replace(location.origin, ''),
            char: s.sourceCharPosition, duration: s.duration, forcedLayout: s.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
    B.longFramesSupported = 'long-animation-frame';
  } catch {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) long.push({ kind: 'longtask', start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      B.longFramesSupported = 'longtask';
    } catch { /* neither: frame intervals still tell the story */ }
  }
  B.longFramesSince = (t) => long.filter((e) => e.start + e.duration >= t);

  let rec = null;
  let pending = [];
  const onInput = (e) => { if (rec) pending.push({ type: e.type, t: e.timeStamp }); };
  for (const type of ['wheel', 'pointerdown', 'pointermove', 'pointerup']) {
    addEventListener(type, onInput, { capture: true, passive: true });
  }
  const loop = (ts) => {
    if (!rec) return;
    rec.frames.push(ts);
    if (pending.length) {
      const batch = pending;
      const target = rec;
      pending = [];
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        const now = performance.now();
        for (const p of batch) target.latency.push({ type: p.type, ms: now - p.t });
      };
      ch.port2.postMessage(0);
    }
    requestAnimationFrame(loop);
  };

  /** Starts recording frames and input latencies. */
  B.start = () => {
    rec = { t0: performance.now(), frames: [], latency: [] };
    pending = [];
    requestAnimationFrame(loop);
  };
  /** Stops recording after one more painted frame; returns what was recorded. */
  B.stop = async () => {
    await afterPaint();
    await afterPaint(); // let the last batch's latency task run
    const r = rec;
    rec = null;
    const intervals = r.frames.slice(1).map((t, i) => t - r.frames[i]);
    return { durationMs: performance.now() - r.t0, intervals, latency: r.latency, long: B.longFramesSince(r.t0) };
  };
}
