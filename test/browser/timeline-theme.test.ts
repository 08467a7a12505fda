import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import type { CSSResult } from 'lit';
import { DiploTimeline } from '../../src/timeline/diplo-timeline.js';
import { cleanup, markOf, mount, part, settle, smallDocument } from '../fixtures/timeline-helpers.js';

const cssText = () => [DiploTimeline.styles].flat(Infinity).map((s) => (s as CSSResult).cssText).join('\n');

describe('<diplo-timeline> theming', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('defines every private --_ token it uses, and uses every one it defines', () => {
    const css = cssText();
    const used = new Set([...css.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]));
    const defined = new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
    expect([...used].filter((t) => !defined.has(t)), 'undefined tokens').to.deep.equal([]);
    expect([...defined].filter((t) => !used.has(t)), 'unused tokens').to.deep.equal([]);
  });

  it('switches to the dark theme, and theme="auto" follows prefers-color-scheme', async () => {
    const el = await mount({ theme: 'dark' }, await smallDocument());
    const dark = getComputedStyle(el).backgroundColor;
    el.theme = 'light';
    await settle(el);
    const light = getComputedStyle(el).backgroundColor;
    expect(light).to.not.equal(dark);
    el.setAttribute('theme', 'auto');
    await emulateMedia({ colorScheme: 'dark' });
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).to.equal(dark);
    await emulateMedia({ colorScheme: 'light' });
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).to.equal(light);
  });

  it('can be styled from outside with --diplo-* properties and ::part()', async () => {
    const style = document.createElement('style');
    style.textContent = `
      diplo-timeline.custom { --diplo-background: rgb(250, 240, 230); --diplo-font: monospace; }
      diplo-timeline.custom::part(event) { opacity: 0.5; }
      diplo-timeline.custom::part(axis) { opacity: 0.75; }`;
    document.head.append(style);
    try {
      const el = await mount({ class: 'custom' }, await smallDocument());
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(250, 240, 230)');
      expect(getComputedStyle(el).fontFamily).to.equal('monospace');
      expect(getComputedStyle(markOf(el, 'e1-meeting')!).opacity).to.equal('0.5');
      expect(getComputedStyle(part(el, 'axis')!).opacity).to.equal('0.75');
    } finally {
      style.remove();
    }
  });
});
