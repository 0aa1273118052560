import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ProviderConfig } from '@scenra/contracts';

/** The operator's file or JSON: a list of providers, bare or as `{ "providers": [...] }`. */
const OperatorProviders = z.union([
  z.array(ProviderConfig),
  z.object({ providers: z.array(ProviderConfig) }).transform((v) => v.providers),
]);

function parse(text: string, variable: string): ProviderConfig[] | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `  ${variable}: is not valid JSON`;
  }
  const parsed = OperatorProviders.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  return `  ${variable}: ${issue.path.join('.') || '(root)'} ${issue.message}`;
}

/**
 * The providers an operator adds (or overrides, by id) through `PROVIDERS_FILE` and/or
 * `PROVIDERS_JSON` (the JSON wins on a shared id). Returns the entries, or a configuration
 * problem naming the variable and the bad field.
 */
export function loadOperatorProviders(source: {
  file?: string | undefined;
  json?: string | undefined;
}): { providers: ProviderConfig[]; problems: string[] } {
  const problems: string[] = [];
  const byId = new Map<string, ProviderConfig>();
  const add = (result: ProviderConfig[] | string) => {
    if (typeof result === 'string') problems.push(result);
    else for (const provider of result) byId.set(provider.id, provider);
  };
  if (source.file) {
    let text: string | undefined;
    try {
      text = readFileSync(source.file, 'utf8');
    } catch {
      problems.push(`  PROVIDERS_FILE: cannot read ${source.file}`);
    }
    if (text !== undefined) add(parse(text, 'PROVIDERS_FILE'));
  }
  if (source.json) add(parse(source.json, 'PROVIDERS_JSON'));
  return { providers: [...byId.values()], problems };
}
