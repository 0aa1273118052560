// The docs page and argTypes of a Scenra element's stories, from custom-elements.json (the
// manifest the build writes from the class JSDoc): properties with controls, attributes,
// events as actions, slots, CSS parts and CSS custom properties with their defaults. Stories
// spread `elementDocs('scenra-x')` into their meta and write no property list of their own.
import type { ArgTypes, Parameters } from '@storybook/react';

interface ManifestType {
  text: string;
}

interface ManifestMember {
  kind: 'field' | 'method';
  name: string;
  type?: ManifestType;
  default?: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: ManifestType;
  default?: string;
  description?: string;
}

interface ManifestNamed {
  name: string;
  description?: string;
  type?: ManifestType;
  default?: string;
}

export interface ManifestDeclaration {
  name: string;
  tagName?: string;
  description?: string;
  summary?: string;
  members?: ManifestMember[];
  attributes?: ManifestAttribute[];
  events?: ManifestNamed[];
  slots?: ManifestNamed[];
  cssParts?: ManifestNamed[];
  cssProperties?: ManifestNamed[];
}

export interface Manifest {
  modules: Array<{ path: string; declarations?: ManifestDeclaration[] }>;
}

// Put in place by the Storybook and test builds (a `define` of the manifest's JSON), so the
// stories need no build output to type-check.
declare const __SCENRA_ELEMENTS_MANIFEST__: Manifest;
export const elementsManifest: Manifest = __SCENRA_ELEMENTS_MANIFEST__;

/** The manifest's custom elements, by tag name. */
export function elementDeclarations(manifest = elementsManifest): ManifestDeclaration[] {
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
}

/** The public, instance fields: what a designer or a host sets. */
export function publicFields(declaration: ManifestDeclaration): ManifestMember[] {
  return (declaration.members ?? []).filter(
    (m) => m.kind === 'field' && !m.privacy && !m.static && !m.name.startsWith('#'),
  );
}

/** Literal values of a union type text (`'a' | 'b'`, `2 | 3`); undefined for any other type. */
function literals(type = ''): Array<string | number> | undefined {
  const parts = type.split('|').map((p) => p.trim());
  const values = parts.map((p) =>
    /^'[^']*'$/.test(p) ? p.slice(1, -1) : /^-?\d+(\.\d+)?$/.test(p) ? Number(p) : undefined,
  );
  return values.every((v) => v !== undefined) ? (values as Array<string | number>) : undefined;
}

function control(field: ManifestMember) {
  if (field.readonly) return false;
  const type = field.type?.text ?? '';
  const options = literals(type);
  if (options && options.length > 1) {
    return { control: options.length > 4 ? 'select' : 'inline-radio', options } as const;
  }
  if (type === 'boolean') return { control: 'boolean' } as const;
  if (type === 'number') return { control: 'number' } as const;
  if (type === 'string') return { control: 'text' } as const;
  return { control: 'object' } as const;
}

const table = (category: string, type?: ManifestType, fallback?: string) => ({
  category,
  ...(type ? { type: { summary: type.text } } : {}),
  ...(fallback !== undefined ? { defaultValue: { summary: fallback } } : {}),
});

const documentOnly = (name: string, description: string | undefined, category: string) => ({
  name,
  description: description ?? '',
  control: false as const,
  table: table(category),
});

/** Storybook argTypes of one element, every member of its manifest entry included. */
export function elementArgTypes(declaration: ManifestDeclaration): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const field of publicFields(declaration)) {
    const fieldControl = control(field);
    argTypes[field.name] = {
      name: field.name,
      description: field.description ?? '',
      ...(fieldControl ? fieldControl : { control: false }),
      table: table('properties', field.type, field.default),
    };
  }
  for (const attribute of declaration.attributes ?? []) {
    const property = attribute.fieldName ? ` Property: \`${attribute.fieldName}\`.` : '';
    argTypes[`attribute ${attribute.name}`] = {
      ...documentOnly(attribute.name, `${attribute.description ?? ''}${property}`, 'attributes'),
      table: table('attributes', attribute.type, attribute.default),
    };
  }
  for (const event of declaration.events ?? []) {
    // React 19 listens to a custom element's events through `on<event-name>` props.
    argTypes[`on${event.name}`] = {
      name: event.name,
      description: event.description ?? '',
      action: event.name,
      control: false,
      table: table('events', event.type),
    };
  }
  for (const slot of declaration.slots ?? []) {
    const name = slot.name || '(default)';
    argTypes[`slot ${name}`] = documentOnly(name, slot.description, 'slots');
  }
  for (const part of declaration.cssParts ?? []) {
    argTypes[`part ${part.name}`] = documentOnly(part.name, part.description, 'CSS parts');
  }
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = {
      ...documentOnly(property.name, property.description, 'CSS custom properties'),
      table: table('CSS custom properties', undefined, property.default),
    };
  }
  return argTypes;
}

/**
 * What an element's stories take from the manifest: its argTypes, the introduction of its docs
 * page (the class JSDoc; the page itself comes from the `autodocs` tag) and its tag name.
 */
export function elementDocs(tagName: string, manifest = elementsManifest) {
  const declaration = elementDeclarations(manifest).find((d) => d.tagName === tagName);
  if (!declaration) throw new Error(`${tagName} is not in custom-elements.json`);
  const parameters: Parameters = {
    element: tagName,
    docs: { description: { component: declaration.description ?? declaration.summary ?? '' } },
  };
  return { parameters, argTypes: elementArgTypes(declaration) };
}
