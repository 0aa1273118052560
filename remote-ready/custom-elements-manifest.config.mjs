// custom-elements.json, the machine-readable public API of the Scenra elements (editors,
// Storybook and the README tables read it). The class JSDoc is the source.

/**
 * Three clean-ups of what the analyzer infers:
 * - it marks every property read from `static properties` `privacy: 'public'`, which readers of
 *   the manifest (README tables, Storybook smoke, the elements package) take for not public;
 *   an absent privacy is public, as for any other member;
 * - it guesses an extra, misnamed event from every `dispatchEvent(new X(arg))` call; the
 *   `@fires` JSDoc is the truth, so only `scenra-*` names are kept;
 * - properties typed with a union alias (`state: CardState`) get the union spelled out
 *   (`'idle' | 'busy' | …`), so readers see the allowed values.
 */
function scenraCleanup() {
  const unions = new Map();
  return {
    name: 'scenra-cleanup',
    analyzePhase({ ts, node }) {
      if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type)) {
        unions.set(node.name.text, node.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (type) => {
        if (type?.text && unions.has(type.text)) type.text = unions.get(type.text);
      };
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('scenra-'));
          for (const member of decl.members ?? []) {
            if (member.privacy === 'public') delete member.privacy;
            expand(member.type);
          }
          for (const attr of decl.attributes ?? []) expand(attr.type);
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.test.ts', 'src/elements/**/*.stories.*', 'src/elements/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  dev: false,
  plugins: [scenraCleanup()],
};
