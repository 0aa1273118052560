// Everything the package derives from its custom-elements.json: the per-element entries,
// the React 19 JSX and Vue template types, the React 18 wrappers (@lit/react) and the
// editor data. Adding a property, an event or an element to a class's JSDoc updates all.
import { join } from 'node:path';

const HEADER = '// Generated from custom-elements.json by scripts/generate.mjs; do not edit.\n';

/** The custom elements of the manifest, with what the generators need. */
export function customElements(manifest) {
  return manifest.modules
    .flatMap((mod) => (mod.declarations ?? []).map((decl) => ({ decl, module: mod.path })))
    .filter(({ decl }) => decl.customElement && decl.tagName)
    .map(({ decl, module }) => ({
      tagName: decl.tagName,
      className: decl.name,
      /** `dist/open-in-button/open-in-button.js` → `open-in-button` */
      folder: module.split('/')[1],
      module,
      summary: decl.summary ?? '',
      /** Properties a framework may set: public, writable instance fields. */
      properties: (decl.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.readonly)
        .map((m) => m.name),
      events: (decl.events ?? []).map((e) => ({ name: e.name, type: e.type?.text ?? 'Event' })),
    }))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** `scenra-open-external` → `ScenraOpenExternal` */
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase());

/** `ScenraOpenInButton` → `OpenInButton`, the React 18 component's name. */
const componentName = (className) => className.replace(/^Scenra/, '');

const eventTypes = (elements) =>
  [...new Set(elements.flatMap((el) => el.events.map((e) => e.type)))].sort();

const picked = (el) => el.properties.map((p) => `'${p}'`).join(' | ') || 'never';

/** One entry per element: importing it registers the tag and gives its class. */
export function elementEntries(manifest, folders) {
  const files = {};
  for (const el of customElements(manifest)) {
    if (!folders.includes(el.folder)) continue;
    const main = el.module.split('/').pop();
    const body = `import './define.js';\nexport * from './${main}';\n`;
    files[`${el.folder}/index.js`] =
      `${HEADER}// Registers <${el.tagName}> (once per page) and exports its class.\n${body}`;
    files[`${el.folder}/index.d.ts`] = `${HEADER}${body}`;
  }
  return files;
}

/** React 18 components: `@lit/react` passes properties and maps `onX` props to the events. */
export function reactWrappers(manifest) {
  const elements = customElements(manifest);
  const files = {};
  for (const el of elements) {
    const name = componentName(el.className);
    const events = el.events.map((e) => `on${pascal(e.name)}: '${e.name}'`).join(', ');
    const eventTypesOf = el.events
      .map((e) => `on${pascal(e.name)}: EventName<${e.type}>`)
      .join('; ');
    const types = [...new Set(el.events.map((e) => e.type))].join(', ');
    files[`react/${el.folder}.js`] = `${HEADER}import * as React from 'react';
import { createComponent } from '@lit/react';
import { ${el.className} } from '../${el.folder}/index.js';

/** \`<${el.tagName}>\` as a React component: ${el.summary} */
export const ${name} = /* @__PURE__ */ createComponent({
  tagName: '${el.tagName}',
  elementClass: ${el.className},
  react: React,
  events: { ${events} },
  displayName: '${name}',
});
`;
    files[`react/${el.folder}.d.ts`] =
      `${HEADER}import type { EventName, ReactWebComponent } from '@lit/react';
import type { ${el.className} } from '../${el.folder}/index.js';
${types ? `import type { ${types} } from '../events.js';\n` : ''}
/** \`<${el.tagName}>\` as a React component: ${el.summary} */
export declare const ${name}: ReactWebComponent<${el.className}, { ${eventTypesOf} }>;
`;
  }
  const index = elements.map((el) => `export * from './${el.folder}.js';`).join('\n');
  files['react/index.js'] =
    `${HEADER}// The elements as React 18 components; each import registers only its element.\n${index}\n`;
  files['react/index.d.ts'] = `${HEADER}${index}\n`;
  return files;
}

function typeImports(elements) {
  return `import type {\n${[...elements.map((el) => el.className), ...eventTypes(elements)]
    .sort()
    .map((name) => `  ${name},`)
    .join('\n')}\n} from '../index.js';`;
}

/** React 19 JSX: known properties are set as properties, `on<event-name>` props listen. */
export function reactJsxTypes(manifest) {
  const elements = customElements(manifest);
  const entries = elements.map((el) => {
    const events = el.events.map((e) => `'on${e.name}'?: (event: ${e.type}) => void;`).join(' ');
    return `      '${el.tagName}': ElementProps<${el.className}> &
        Partial<Pick<${el.className}, ${picked(el)}>> & { ${events} };`;
  });
  return `${HEADER}// React 19 JSX for the Scenra elements: \`import type {} from '@scenra/elements/react-jsx';\`
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${typeImports(elements)}

/** What every custom element takes in JSX: HTML attributes, ref, key, children, and \`class\`. */
type ElementProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & {
  class?: string;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}

/** Vue 3 templates (vue-tsc): props by name, `@event-name` listeners typed by the event class. */
export function vueTypes(manifest) {
  const elements = customElements(manifest);
  const entries = elements.map((el) => {
    const events = el.events
      .map((e) => `on${pascal(e.name)}?: (event: ${e.type}) => void;`)
      .join(' ');
    return `    '${el.tagName}': DefineComponent<
      Partial<Pick<${el.className}, ${picked(el)}>> & { ${events} }
    >;`;
  });
  return `${HEADER}// Vue 3 template types for the Scenra elements: \`import type {} from '@scenra/elements/vue';\`
import type { DefineComponent } from 'vue';
${typeImports(elements)}

declare module 'vue' {
  interface GlobalComponents {
${entries.join('\n')}
  }
}
`;
}

/** VS Code custom HTML/CSS data and JetBrains web-types, written into `outDir`. */
export async function editorData(manifest, outDir) {
  // The JetBrains generator reads ./package.json (name, version) when it loads.
  process.chdir(join(outDir, '..'));
  const { generateVsCodeCustomElementData } = await import('custom-element-vs-code-integration');
  const { generateJetBrainsWebTypes } = await import('custom-element-jet-brains-integration');
  const common = { outdir: outDir, hideLogs: true, descriptionSrc: 'description' };
  generateVsCodeCustomElementData(manifest, {
    ...common,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
  });
  generateJetBrainsWebTypes(manifest, { ...common, webTypesFileName: 'web-types.json' });
}
