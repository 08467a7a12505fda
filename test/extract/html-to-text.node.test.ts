import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, htmlToText } from '../../src/extract/html-to-text.js';

test('visible text, blocks as lines, entities decoded, scripts and nav dropped', () => {
  const html = '<html><head><title>T</title><style>p{}</style></head><body><nav>Menu</nav><h1>Tin &amp; b&agrave;i</h1><p>Ng&#224;y 8/2,<b>Obama</b> h&#x1ed9;i đàm.</p><script>x="ngày 1/1"</script></body></html>';
  assert.equal(htmlToText(html), 'Tin & bài\n\nNgày 8/2, Obama hội đàm.\n');
  assert.equal(decodeEntities('&ldquo;a&rdquo; &bogus;'), '“a” &bogus;');
});
