// Registers a Scenra element once per page. A second copy of the same major (the dashboard plus
// a page's own bundle, or the bundle loaded twice) is harmless: the first definition wins.
// A copy of another major cannot share the tag either, so it says so, once, naming both versions.
import { SCENRA_ELEMENTS_VERSION } from './version.ts';

/** What every Scenra element class carries: the elements version it was released with. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

const major = (version: string | undefined) => version?.split('.')[0];
const reported = new Set<string>();

export function defineScenraElement(tag: string, element: VersionedElement): void {
  const defined = customElements.get(tag) as VersionedElement | undefined;
  if (!defined) {
    customElements.define(tag, element);
    return;
  }
  const ours = element.version ?? SCENRA_ELEMENTS_VERSION;
  const theirs = defined.version;
  if (major(theirs) === major(ours)) return;
  const pair = `${theirs}|${ours}`;
  if (reported.has(pair)) return;
  reported.add(pair);
  console.warn(
    `Scenra elements ${ours}: <${tag}> is already defined by Scenra elements ${theirs ?? '(unknown version)'}, ` +
      `so the page keeps ${theirs ?? 'that'} version's elements. Load one major version of the Scenra elements per page.`,
  );
}
