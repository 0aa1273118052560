// custom-elements.json of the package: the same analysis as the remote's manifest (the class
// JSDoc is the source, and the remote's analyzer plugins apply), but with the package's own
// module paths (`dist/…/*.js`), only the public API, and every named type linked to the
// module that exports and documents it.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import remoteConfig from '@scenra/remote-ready/custom-elements-manifest.config.mjs';

export const PACKAGE_NAME = '@scenra/elements';

/** `src/elements/a/b.ts` → `dist/a/b.js`, the path of the compiled module in the package. */
const distPath = (sourceRoot, file) => `dist/${relative(sourceRoot, file).replace(/\.ts$/, '.js')}`;

/**
 * The named types (interfaces and aliases) the sources export, with where they live:
 * the manifest schema has no place for them, so members that use them link here instead.
 */
function namedTypes(modules) {
  const types = new Map();
  for (const sourceFile of modules) {
    for (const node of sourceFile.statements) {
      const exported = node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) continue;
      if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) {
        types.set(node.name.text, {
          module: sourceFile.fileName,
          union: ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type),
          text: ts.isTypeAliasDeclaration(node) ? node.type.getText(sourceFile) : undefined,
        });
      }
    }
  }
  return types;
}

/** Spells out union aliases anywhere in a type (`{ tone?: ToastTone }` → `{ tone?: 'success' | … }`). */
function expandUnions(text, types) {
  return text.replace(/\b[A-Z]\w*\b/g, (name) => {
    const type = types.get(name);
    return type?.union ? type.text : name;
  });
}

/** Links every named type left in `type.text` to the module that exports it. */
function linkType(type, types) {
  if (!type?.text) return;
  type.text = expandUnions(type.text, types);
  const references = [];
  for (const match of type.text.matchAll(/\b[A-Z]\w*\b/g)) {
    const named = types.get(match[0]);
    if (!named || references.some((r) => r.name === match[0])) continue;
    references.push({
      name: match[0],
      package: PACKAGE_NAME,
      module: named.module,
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  if (references.length > 0) type.references = references;
}

const isPublic = (member) => !member.privacy && !member.name.startsWith('#');

/** Keeps the public API only and links its types. */
function publicApi(manifest, types) {
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (decl.members) decl.members = decl.members.filter(isPublic);
      for (const member of decl.members ?? []) {
        linkType(member.type, types);
        linkType(member.return?.type, types);
        for (const parameter of member.parameters ?? []) linkType(parameter.type, types);
      }
      for (const attribute of decl.attributes ?? []) linkType(attribute.type, types);
      for (const event of decl.events ?? []) linkType(event.type, types);
    }
  }
  return manifest;
}

export async function packageManifest({ sourceRoot, sources }) {
  const modules = await Promise.all(
    sources.map(async (file) =>
      ts.createSourceFile(
        distPath(sourceRoot, file),
        await readFile(file, 'utf8'),
        ts.ScriptTarget.ES2022,
        true,
      ),
    ),
  );
  // Event classes are types too: an event's `type.text` names one.
  const types = namedTypes(modules);
  for (const sourceFile of modules) {
    for (const node of sourceFile.statements) {
      if (ts.isClassDeclaration(node) && node.name) {
        types.set(node.name.text, { module: sourceFile.fileName, union: false });
      }
    }
  }
  const manifest = create({
    modules,
    plugins: [...litPlugin(), ...(remoteConfig.plugins ?? [])],
    context: { dev: false },
  });
  return publicApi(manifest, types);
}
