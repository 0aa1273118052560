/// <reference types="node" />
// Describes the public API of a remote-ready build: the props contract of each exposed module
// (from the props rules in @scenra/contracts, as JSON Schema), the events it reports (from their
// zod schema) and the web components (from the build's custom-elements.json), with the two
// versions that govern them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import {
  AnalyticsEvent,
  ApiKeysSettingsProps,
  FEDERATION_CONTRACT_VERSION,
  NavigationTarget,
  VideoReadyDashboardProps,
  type propsShape,
} from '@scenra/contracts';
import {
  flattenCustomElements,
  flattenSchema,
  type ApiEntry,
  type PublicApi,
} from './public-api.ts';

/** The props schema of each exposed module (`./Name` in the manifest). */
const exposedProps: Record<string, propsShape.Rule<unknown>> = {
  VideoReadyDashboard: VideoReadyDashboardProps,
  ApiKeysSettings: ApiKeysSettingsProps,
};

/** What the remote reports, as it sends it (`output`: defaults filled in). */
function reportedSchema(schema: z.ZodMiniType) {
  return z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Parameters<
    typeof flattenSchema
  >[0];
}

export function describeProps(
  exposes: string[],
  schemas: Record<string, propsShape.Rule<unknown>> = exposedProps,
): Record<string, ApiEntry> {
  const entries: Record<string, ApiEntry> = {};
  for (const name of exposes) {
    const schema = schemas[name];
    if (schema) flattenSchema(schema.jsonSchema, name, 'accepts', true, entries);
    else entries[name] = { type: 'module', required: true, direction: 'accepts' };
  }
  // What the remote passes to the host's navigate() and onEvent().
  flattenSchema(NavigationTarget.jsonSchema, 'navigate(target)', 'sends', true, entries);
  flattenSchema(reportedSchema(AnalyticsEvent), 'onEvent(event)', 'reports', true, entries);
  return entries;
}

/** The public API of the build in `dist` (run after `npm run build -w @scenra/remote-ready`). */
export function describeBuild(dist: string): PublicApi {
  const read = (file: string) => {
    const path = join(dist, file);
    if (!existsSync(path)) {
      throw new Error(
        `${path} is missing: build the remote first (npm run build -w @scenra/remote-ready)`,
      );
    }
    return JSON.parse(readFileSync(path, 'utf8'));
  };
  const manifest = read('mf-manifest.json') as {
    metaData: { buildInfo: { buildVersion: string } };
    exposes: Array<{ path: string }>;
  };
  return {
    version: manifest.metaData.buildInfo.buildVersion,
    contractVersion: FEDERATION_CONTRACT_VERSION,
    props: describeProps(manifest.exposes.map((expose) => expose.path.replace(/^\.\//, '')).sort()),
    elements: flattenCustomElements(read('custom-elements.json')),
  };
}
