import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/**
 * The code block that follows `<!-- snippet:NAME -->` in the README, so that the consumer tests
 * run exactly what the README tells users to write.
 */
export function readmeSnippet(name: string): string {
  const m = new RegExp(`<!-- snippet:${name} -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!m) throw new Error(`README.md has no snippet "${name}"`);
  return m[1];
}
