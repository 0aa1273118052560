// The element stories document exactly what custom-elements.json says: every property,
// attribute, event, slot, CSS part and CSS custom property (with its default) is in the
// argTypes of the element's stories, and no hand-written argType is added beside them.
import type { Meta } from '@storybook/react';
import { describe, expect, test } from 'vitest';
import {
  elementArgTypes,
  elementDeclarations,
  publicFields,
  type ManifestDeclaration,
} from './element-docs.ts';

const storyFiles = import.meta.glob<{ default: Meta }>('../elements/*/*.stories.tsx', {
  eager: true,
});
const metas = Object.values(storyFiles).map((module) => module.default);
const declarations = elementDeclarations();

test('the manifest lists every element that has stories', () => {
  expect(declarations.map((d) => d.tagName).sort()).toEqual(
    metas.map((meta) => meta.parameters?.element).sort(),
  );
});

function expectedKeys(declaration: ManifestDeclaration): string[] {
  return [
    ...publicFields(declaration).map((f) => f.name),
    ...(declaration.attributes ?? []).map((a) => `attribute ${a.name}`),
    ...(declaration.events ?? []).map((e) => `on${e.name}`),
    ...(declaration.slots ?? []).map((s) => `slot ${s.name || '(default)'}`),
    ...(declaration.cssParts ?? []).map((p) => `part ${p.name}`),
    ...(declaration.cssProperties ?? []).map((p) => p.name),
  ];
}

describe.each(declarations.map((d) => [d.tagName!, d] as const))('%s', (tagName, declaration) => {
  const meta = metas.find((m) => m.parameters?.element === tagName);

  test('its stories take their argTypes from the manifest, and only from it', () => {
    expect(meta, `stories of ${tagName}`).toBeDefined();
    const argTypes = meta!.argTypes ?? {};
    expect(Object.keys(argTypes).sort()).toEqual(expectedKeys(declaration).sort());
    expect(argTypes).toEqual(elementArgTypes(declaration));
  });

  test('its docs page is generated, introduced by the class JSDoc', () => {
    expect(meta!.tags).toContain('autodocs');
    expect(meta!.parameters?.docs?.description?.component).toBe(declaration.description);
  });

  test('CSS custom properties carry their defaults, unions become choices', () => {
    const argTypes = meta!.argTypes ?? {};
    for (const property of declaration.cssProperties ?? []) {
      expect(argTypes[property.name]?.table?.defaultValue?.summary).toBe(property.default);
    }
    for (const field of publicFields(declaration)) {
      const union = field.type?.text.match(/^'[^']*'( \| '[^']*')+$/);
      if (union && !field.readonly) expect(argTypes[field.name]?.options).not.toHaveLength(0);
    }
    expect(argTypes.theme?.options).toEqual(['auto', 'light', 'dark']);
  });
});
