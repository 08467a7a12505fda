// Registers <diplo-timeline> once. A page may load the library twice (a script-tag bundle and an
// app bundle); the second copy must not throw "name already used".
import { DiploTimeline } from './diplo-timeline.js';

if (!customElements.get('diplo-timeline')) customElements.define('diplo-timeline', DiploTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'diplo-timeline': DiploTimeline;
  }
}
