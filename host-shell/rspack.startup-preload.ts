// The host's entry is an async boundary (src/index.ts): it starts the federation runtime, then
// imports the app, whose shared singletons (React, ReactDOM, Lit) live in chunks of their own.
// Left to the runtime, those scripts are requested once the entry has run, a round trip after
// it, each inserted from the startup task. This plugin names them in the HTML instead, as
// `<link rel="preload" as="script">` beside the entry: the browser fetches them alongside it,
// and the runtime finds their bytes already there. A preload only fetches: every chunk still
// runs when and where the runtime loads it.
import { rspack, type Compilation, type RspackPluginInstance } from '@rspack/core';

type ChunkGroup = Compilation['chunkGroups'][number];

const name = 'StartupPreload';

const originatesIn = (group: ChunkGroup, moduleType: string) =>
  group.origins.some(({ module }) => module?.type === moduleType);

/**
 * The scripts a page of this build loads at startup, after its entry: each entry's async
 * children (the app behind the boundary, and the shared singletons the host provides) and the
 * shared modules the app consumes. What the app loads on demand (routes, dialogs) is not in it.
 */
function startupScripts(compilation: Compilation): string[] {
  const files = new Set<string>();
  const add = (group: ChunkGroup) => {
    for (const file of group.getFiles()) if (file.endsWith('.js')) files.add(file);
  };
  for (const entry of compilation.entrypoints.values()) {
    for (const child of entry.childrenIterable) {
      add(child);
      // A provider's own consumes resolve to the other providers, already added.
      if (originatesIn(child, 'provide-module')) continue;
      for (const consumed of child.childrenIterable) {
        if (originatesIn(consumed, 'consume-shared-module')) add(consumed);
      }
    }
  }
  return [...files].sort();
}

/** Adds the startup scripts to the build's HTML as preloads, after the entry's script. */
export function startupPreload(): RspackPluginInstance {
  return {
    apply(compiler) {
      compiler.hooks.compilation.tap(name, (compilation) => {
        rspack.HtmlRspackPlugin.getCompilationHooks(compilation).alterAssetTags.tap(
          name,
          (data) => {
            for (const file of startupScripts(compilation)) {
              data.assetTags.scripts.push({
                tagName: 'link',
                attributes: { rel: 'preload', as: 'script', href: `${data.publicPath}${file}` },
                voidTag: true,
              });
            }
            return data;
          },
        );
      });
    },
  };
}
