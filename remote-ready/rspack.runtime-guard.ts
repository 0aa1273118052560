// The remote is built with `externalRuntime`: its remoteEntry.js uses the Module Federation
// runtime its host provides, instead of shipping a second copy. A host that provides none
// would otherwise die on "reading 'setGlobalFederationConstructor'" and then RUNTIME-001. This
// wraps remoteEntry.js so that, without the runtime, the container's `init` and `get` reject
// with one error naming the fix, which reaches the host's `loadRemote` like any load error.
import { rspack } from '@rspack/core';

export const missingRuntimeMessage =
  'remote_ready needs the Module Federation runtime from its host, and this page provides none ' +
  '(globalThis._FEDERATION_RUNTIME_CORE is missing). Fix: in the host, set ' +
  '`experiments: { provideExternalRuntime: true }` in the Module Federation options ' +
  '(@module-federation/enhanced for rspack or webpack 5, federation() of @module-federation/vite). ' +
  'See "Integrate from any bundler" in the remote-ready README.';

const entryOnly = {
  raw: true,
  entryOnly: true,
  include: /remoteEntry[^/]*\.js$/,
  // After minification (it would rename the container's global), before the source map.
  stage: rspack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 50,
} as const;

export function runtimeGuardPlugins(containerName: string) {
  const guard =
    `if(!globalThis._FEDERATION_RUNTIME_CORE){var ${containerName}=(function(e){` +
    `e.name='FederationRuntimeMissing';function f(){return Promise.reject(e)}return{init:f,get:f}})` +
    `(new Error(${JSON.stringify(missingRuntimeMessage)}))}else{`;
  return [
    new rspack.BannerPlugin({ ...entryOnly, banner: guard }),
    new rspack.BannerPlugin({ ...entryOnly, banner: '}', footer: true }),
  ];
}
