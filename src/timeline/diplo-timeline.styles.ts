import { css } from 'lit';

// Two layers: public --diplo-* tokens fall back to defaults and are copied into private --_*
// ones on :host; rules read only the private ones. The dark theme swaps the defaults.
/** The dark theme's defaults, shared by theme="dark" and theme="auto" in a dark environment. */
const dark = css`
    --_bg: var(--diplo-background, #111827);
    --_text: var(--diplo-text, #e5e7eb);
    --_muted: var(--diplo-muted, #9ca3af);
    --_axis: var(--diplo-axis, #6b7280);
    --_grid: var(--diplo-grid, #1b2433);
    --_grid-major: var(--diplo-grid-major, #2b3648);
    --_surface: var(--diplo-surface, #1f2937);
    --_border: var(--diplo-border, #374151);
    --_accent: var(--diplo-accent, #93c5fd);
    --_focus: var(--diplo-focus, #93c5fd);
    --_cluster: var(--diplo-cluster, #94a3b8);
    --_meeting: var(--diplo-color-meeting, #60a5fa);
    --_call: var(--diplo-color-call, #22d3ee);
    --_summit: var(--diplo-color-summit, #a78bfa);
    --_visit: var(--diplo-color-visit, #34d399);
    --_statement: var(--diplo-color-statement, #fbbf24);
    --_agreement: var(--diplo-color-agreement, #f472b6);
    --_attack: var(--diplo-color-attack, #f87171);
    --_other: var(--diplo-color-other, #94a3b8);
    color-scheme: dark;
`;

export const styles = css`
  :host {
    --_font: var(--diplo-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_bg: var(--diplo-background, #ffffff);
    --_text: var(--diplo-text, #1f2937);
    --_muted: var(--diplo-muted, #6b7280);
    --_axis: var(--diplo-axis, #9ca3af);
    --_grid: var(--diplo-grid, #eef0f3);
    --_grid-major: var(--diplo-grid-major, #d9dde3);
    --_surface: var(--diplo-surface, #ffffff);
    --_border: var(--diplo-border, #e5e7eb);
    --_accent: var(--diplo-accent, #1d4ed8);
    --_focus: var(--diplo-focus, #1d4ed8);
    --_cluster: var(--diplo-cluster, #475569);
    --_meeting: var(--diplo-color-meeting, #2563eb);
    --_call: var(--diplo-color-call, #0e7490);
    --_summit: var(--diplo-color-summit, #7c3aed);
    --_visit: var(--diplo-color-visit, #047857);
    --_statement: var(--diplo-color-statement, #b45309);
    --_agreement: var(--diplo-color-agreement, #be185d);
    --_attack: var(--diplo-color-attack, #dc2626);
    --_other: var(--diplo-color-other, #64748b);
    display: block;
    position: relative;
    min-width: 0;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: 13px;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 8px;
    overflow: hidden;
    contain: content;
  }
  :host([hidden]) { display: none; }
  :host([theme='dark']) { ${dark} }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) { ${dark} }
  }

  .type-meeting { --_c: var(--_meeting); }
  .type-call { --_c: var(--_call); }
  .type-summit { --_c: var(--_summit); }
  .type-visit { --_c: var(--_visit); }
  .type-statement { --_c: var(--_statement); }
  .type-agreement { --_c: var(--_agreement); }
  .type-attack { --_c: var(--_attack); }
  .type-other { --_c: var(--_other); }

  .frame { display: flex; flex-direction: column; height: 100%; }

  .controls {
    display: flex; align-items: center; gap: 8px; padding: 6px 8px; min-height: 24px;
    border-bottom: 1px solid var(--_border);
  }
  .buttons { display: flex; gap: 2px; flex: none; }
  .buttons button {
    font: inherit; font-size: 15px; line-height: 1; width: 28px; height: 26px; padding: 0;
    color: var(--_text); background: transparent; border: 1px solid var(--_border); border-radius: 6px; cursor: pointer;
  }
  .buttons button:hover { background: color-mix(in srgb, var(--_text) 8%, transparent); }
  .buttons button.fit { width: auto; padding: 0 8px; font-size: 12px; }
  .legend {
    display: flex; gap: 4px; margin: 0; padding: 0; list-style: none; overflow-x: auto; white-space: nowrap;
    scrollbar-width: none; flex: 1; min-width: 0; font-size: 12px; color: var(--_muted);
  }
  .legend li { display: inline-flex; }
  .legend button {
    display: inline-flex; align-items: center; gap: 4px; padding: 2px 4px; border: 0; border-radius: 4px;
    font: inherit; color: inherit; background: transparent; cursor: pointer; white-space: nowrap;
  }
  .legend button:hover { color: var(--_text); }
  .legend button[aria-pressed='false'] { opacity: 0.45; text-decoration: line-through; }
  .swatch { display: inline-block; width: 9px; height: 9px; border-radius: 50%; background: var(--_c); flex: none; }
  .count { font-size: 12px; color: var(--_muted); white-space: nowrap; flex: none; }

  .main { position: relative; flex: 1; min-height: 0; }
  svg { display: block; overflow: hidden; user-select: none; -webkit-user-select: none; }
  .plot { width: 100%; height: 100%; cursor: grab; touch-action: pan-y; }
  .plot:active { cursor: grabbing; }
  .plot:focus { outline: none; }
  .plot:focus-visible { outline: 2px solid var(--_focus); outline-offset: -2px; }
  .hit { fill: transparent; }
  .axis-line { stroke: var(--_axis); stroke-width: 1; }
  .grid { stroke: var(--_grid); stroke-width: 1; shape-rendering: crispEdges; }
  .grid.major { stroke: var(--_grid-major); }
  .tick { fill: var(--_muted); font-size: 11px; font-variant-numeric: tabular-nums; }
  .context { fill: var(--_text); font-size: 12px; font-weight: 600; }
  .lane-sep { stroke: var(--_border); }
  .lane-label { fill: var(--_muted); font-size: 11px; font-weight: 600; letter-spacing: 0.02em; }
  .lane-label-bg { fill: var(--_bg); opacity: 0.85; }

  .event { cursor: pointer; outline: none; }
  .event .mark { fill: var(--_c); stroke: var(--_bg); stroke-width: 1.5; }
  .event.kind-range .mark { fill: color-mix(in srgb, var(--_c) 28%, var(--_bg)); stroke: var(--_c); stroke-width: 1.25; }
  /* Uncertain dates: a faint dashed band across the whole month or year the event could be in. */
  .event.kind-band .mark {
    fill: color-mix(in srgb, var(--_c) 12%, transparent); stroke: var(--_c); stroke-width: 1; stroke-dasharray: 4 3;
  }
  .event .label { fill: var(--_text); font-size: 12px; pointer-events: none; }
  .event.kind-band .label { font-style: italic; }
  .event:hover .mark, .event:focus-visible .mark, .event.selected .mark { stroke: var(--_text); stroke-width: 2; }
  .event:focus-visible .mark { stroke: var(--_focus); stroke-width: 2.5; }
  .event.selected .label { font-weight: 600; }
  .cluster { cursor: zoom-in; outline: none; }
  .cluster rect { fill: color-mix(in srgb, var(--_cluster) 16%, var(--_bg)); stroke: var(--_cluster); stroke-width: 1; }
  .cluster text { fill: var(--_text); font-size: 11px; font-weight: 600; pointer-events: none; font-variant-numeric: tabular-nums; }
  .cluster:hover rect, .cluster:focus-visible rect { stroke-width: 2; }
  .empty { fill: var(--_muted); font-size: 13px; }

  /* The brush takes horizontal drags (pointer events); vertical swipes still scroll the page. */
  .overview { border-top: 1px solid var(--_border); flex: none; touch-action: pan-y; }
  .overview .density { fill: color-mix(in srgb, var(--_accent) 45%, transparent); }
  .overview .tick { font-size: 10px; }
  .overview .selection { fill: var(--_accent); fill-opacity: 0.14; stroke: var(--_accent); stroke-width: 1; }
  .overview .handle { fill: var(--_accent); fill-opacity: 0.5; }

  .tooltip {
    position: absolute; z-index: 2; pointer-events: none; max-width: min(280px, calc(100% - 16px));
    padding: 6px 8px; border-radius: 6px; font-size: 12px; line-height: 1.35;
    background: var(--_text); color: var(--_bg); box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
  }
  .tooltip .date { opacity: 0.8; display: block; }

  .card {
    position: absolute; z-index: 3; top: 8px; right: 8px; bottom: 8px; width: min(340px, calc(100% - 16px));
    box-sizing: border-box; overflow: auto; padding: 12px 14px; border-radius: 8px; line-height: 1.45;
    background: var(--_surface); color: var(--_text); border: 1px solid var(--_border); box-shadow: 0 8px 28px rgb(0 0 0 / 0.2);
  }
  .card:focus { outline: none; }
  .card h2 { font-size: 15px; margin: 2px 24px 4px 0; line-height: 1.3; }
  .card h3 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--_muted); margin: 12px 0 4px; }
  .card .other-title { margin: 0 0 8px; color: var(--_muted); font-style: italic; }
  .card .card-type { margin: 0; display: flex; gap: 6px; align-items: center; font-size: 12px; color: var(--_muted); }
  .card dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 8px 0 0; }
  .card dt { color: var(--_muted); }
  .card dd { margin: 0; }
  .card ul { margin: 0; padding: 0; list-style: none; }
  .card .precision, .card .role, .card .country { color: var(--_muted); }
  .card .sources { margin: 0; padding-left: 18px; }
  .card blockquote { margin: 2px 0; font-size: 12.5px; }
  .card cite { display: block; font-size: 11.5px; color: var(--_muted); font-style: normal; margin-bottom: 6px; }
  .card cite a { color: var(--_accent); }
  .card .close {
    position: absolute; top: 6px; right: 6px; width: 26px; height: 26px; border: 0; border-radius: 6px;
    font-size: 18px; line-height: 1; background: transparent; color: var(--_muted); cursor: pointer;
  }
  .card .close:hover { background: color-mix(in srgb, var(--_text) 8%, transparent); }

  /* Problems float over the bottom of the plot, so the layout keeps its height; closable. */
  .message {
    position: absolute; z-index: 4; left: 8px; right: 8px; bottom: 8px; display: flex; gap: 8px; align-items: flex-start;
    padding: 6px 8px 6px 10px; font-size: 12px; line-height: 1.4; border-radius: 6px;
    border: 1px solid color-mix(in srgb, var(--_statement) 55%, var(--_bg));
    background: color-mix(in srgb, var(--_statement) 12%, var(--_bg)); color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.08); overflow-wrap: anywhere;
  }
  .message[hidden] { display: none; }
  .message span { flex: 1; max-height: 4.2em; overflow: auto; }
  .message .dismiss {
    flex: none; width: 22px; height: 22px; padding: 0; border: 0; border-radius: 4px; font-size: 16px; line-height: 1;
    background: transparent; color: var(--_muted); cursor: pointer;
  }
  .sr-only {
    position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  button:focus-visible { outline: 2px solid var(--_focus); outline-offset: 1px; }
`;
