// The framework guides of the package README are the code the consumer tests run: each
// fenced block titled `title="<app>/<file>"` is written into that app as is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './paths.ts';

const readme = () => readFileSync(join(packageRoot, 'README.md'), 'utf8');

/** The code of the README block titled `title`; throws when the guide lost it. */
export function snippet(title: string): string {
  const pattern = /^```\w+ title="([^"]+)"\n([\s\S]*?)^```$/gm;
  for (const [, name, code] of readme().matchAll(pattern)) if (name === title) return code!;
  throw new Error(`README.md has no code block titled "${title}"`);
}
