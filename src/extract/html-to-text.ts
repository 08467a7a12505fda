/**
 * Saved news pages (.html) → plain text for the pipeline. No dependency: news pages need only
 * the visible text with block elements as line breaks, scripts, styles and navigation dropped,
 * and entities decoded.
 */

/** Elements whose whole content is never article text. */
const DROP = ['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'select', 'button', 'head'];

/** Elements that start a new line in the rendered page. */
const BLOCK = /^(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|blockquote|figure|figcaption|dd|dt|pre|hr|main|title)$/i;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', middot: '·', copy: '©', reg: '®', deg: '°',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', egrave: 'è', eacute: 'é', ecirc: 'ê', igrave: 'ì', iacute: 'í',
  ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ugrave: 'ù', uacute: 'ú', yacute: 'ý', Agrave: 'À', Aacute: 'Á',
  Acirc: 'Â', Atilde: 'Ã', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Igrave: 'Ì', Iacute: 'Í', Ograve: 'Ò', Oacute: 'Ó',
  Ocirc: 'Ô', Otilde: 'Õ', Ugrave: 'Ù', Uacute: 'Ú', Yacute: 'Ý',
};

/** Decodes HTML character references (named, decimal, hex). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/**
 * The visible text of an HTML page: one line per block element, whitespace collapsed inside
 * lines, entities decoded, NFC-normalised (pages often mix composed and decomposed Vietnamese).
 */
export function htmlToText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ' ');
  for (const tag of DROP) s = s.replace(new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}\\s*>`, 'gi'), '\n');
  s = s.replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g, (_m, name: string) => (BLOCK.test(name) ? '\n' : ' '));
  s = s.replace(/<[^>]*>/g, ' ');
  s = decodeEntities(s).replace(/\u00a0/g, ' ');
  const lines = s.split(/\r?\n/).map((l) => l.replace(/[ \t\f\v]+/g, ' ').trim());
  const out: string[] = [];
  for (const l of lines) {
    if (l) out.push(l);
    else if (out.length && out[out.length - 1] !== '') out.push('');
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n').normalize('NFC') + '\n';
}
