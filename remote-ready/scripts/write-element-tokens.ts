// Writes src/elements/shared/tokens.css.ts from @scenra/tokens. The elements ship as a package of
// their own (@scenra/elements) that must not depend on the private tokens package, so they carry
// the generated CSS; theme.styles.test.ts fails when it is out of date. Run after changing a
// token: `npm run tokens -w @scenra/remote-ready`.
import { writeFileSync } from 'node:fs';
import { colorSchemeDeclaration, focusRingDeclarations, privateDeclarations } from '@scenra/tokens';

const file = new URL('../src/elements/shared/tokens.css.ts', import.meta.url);
const text = `// Generated from @scenra/tokens by scripts/write-element-tokens.ts: do not edit by hand.
/** \`--_<name>: var(--scenra-<name>, <value>);\` for every design token. */
export const privateDeclarations = ${JSON.stringify(privateDeclarations())};

/** The colour scheme: the host's \`--scenra-color-scheme\`, else the reader's preference. */
export const colorSchemeDeclaration = ${JSON.stringify(colorSchemeDeclaration)};

/** The one focus ring. */
export const focusRingDeclarations = ${JSON.stringify(focusRingDeclarations)};
`;
writeFileSync(file, text);
console.info(`wrote ${file.pathname}`);
