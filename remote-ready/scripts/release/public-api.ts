/// <reference types="node" />
// The public API of a remote-ready build, flattened into comparable entries, and the rule that
// decides whether a change is breaking. Two APIs, two versions:
// - the federated props contract (what hosts pass each exposed module, what the remote sends
//   back through `navigate`), versioned by FEDERATION_CONTRACT_VERSION;
// - the web components (custom-elements.json), versioned by remote-ready/package.json.
// A breaking change of either needs a new major of its version; additions never do.

/** One comparable piece of the API, e.g. `VideoReadyDashboard.videoId` or `<scenra-toast>.attribute.tone`. */
export interface ApiEntry {
  type: string;
  /** Props only: whether the field must be present. */
  required?: boolean;
  /**
   * Which way the value travels: `accepts` (host → remote, element inputs), `sends` (remote →
   * host, which must handle every value, e.g. navigate targets) or `reports` (remote → host,
   * open-ended: analytics events, where a new event name is news, not a break).
   */
  direction: 'accepts' | 'sends' | 'reports';
}

export interface PublicApi {
  /** remote-ready's package version: the web components' version. */
  version: string;
  /** The props contract version. */
  contractVersion: string;
  props: Record<string, ApiEntry>;
  elements: Record<string, ApiEntry>;
}

export interface ApiComparison {
  breaking: { props: string[]; elements: string[] };
  additions: string[];
  /** What fails the gate: breaking changes without the major version they need. */
  problems: string[];
}

interface JsonSchema {
  $schema?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
}

/** Flattens a props JSON Schema (functions as `type: "function"`) under `prefix`. */
export function flattenSchema(
  schema: JsonSchema,
  prefix: string,
  direction: ApiEntry['direction'],
  required = true,
  into: Record<string, ApiEntry> = {},
): Record<string, ApiEntry> {
  if (schema.enum) {
    into[prefix] = {
      type: schema.enum.map((value) => JSON.stringify(value)).join(' | '),
      required,
      direction,
    };
  } else if (schema.type === 'object' && schema.properties) {
    into[prefix] = { type: 'object', required, direction };
    for (const [key, value] of Object.entries(schema.properties)) {
      flattenSchema(
        value,
        `${prefix}.${key}`,
        direction,
        schema.required?.includes(key) ?? false,
        into,
      );
    }
  } else if (schema.type === 'array' && schema.items) {
    into[prefix] = { type: 'array', required, direction };
    flattenSchema(schema.items, `${prefix}[]`, direction, true, into);
  } else if (schema.type) {
    into[prefix] = {
      type: schema.format ? `${schema.type}(${schema.format})` : schema.type,
      required,
      direction,
    };
  } else {
    const { $schema: _ignored, ...rest } = schema;
    into[prefix] = { type: JSON.stringify(rest), required, direction };
  }
  return into;
}

interface CemMember {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  type?: { text: string };
  parameters?: Array<{ name: string; type?: { text: string } }>;
}
interface CemDeclaration {
  tagName?: string;
  members?: CemMember[];
  attributes?: Array<{ name: string; type?: { text: string } }>;
  events?: Array<{ name: string; type?: { text: string } }>;
  slots?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
}

/** Flattens custom-elements.json: every tag with its attributes, properties, methods, events, slots, parts and CSS properties. */
export function flattenCustomElements(manifest: {
  modules: Array<{ declarations?: CemDeclaration[] }>;
}): Record<string, ApiEntry> {
  const into: Record<string, ApiEntry> = {};
  const add = (key: string, type: string) => (into[key] = { type, direction: 'accepts' });
  for (const declaration of manifest.modules.flatMap((mod) => mod.declarations ?? [])) {
    if (!declaration.tagName) continue;
    const tag = `<${declaration.tagName}>`;
    add(tag, 'element');
    for (const member of declaration.members ?? []) {
      if (
        member.privacy === 'private' ||
        member.privacy === 'protected' ||
        member.name.startsWith('#')
      )
        continue;
      const where = member.static ? 'static' : member.kind === 'method' ? 'method' : 'property';
      const type =
        member.kind === 'method'
          ? `(${(member.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ')})`
          : (member.type?.text ?? 'unknown');
      add(`${tag}.${where}.${member.name}`, type);
    }
    for (const attribute of declaration.attributes ?? [])
      add(`${tag}.attribute.${attribute.name}`, attribute.type?.text ?? 'string');
    for (const event of declaration.events ?? [])
      add(`${tag}.event.${event.name}`, event.type?.text ?? 'Event');
    for (const slot of declaration.slots ?? [])
      add(`${tag}.slot.${slot.name || '(default)'}`, 'slot');
    for (const part of declaration.cssParts ?? []) add(`${tag}.part.${part.name}`, 'part');
    for (const property of declaration.cssProperties ?? [])
      add(`${tag}.cssproperty.${property.name}`, 'custom property');
  }
  return into;
}

/** `'a' | 'b'` → {a, b}; undefined when the type is not a union of string literals. */
function literalUnion(type: string): Set<string> | undefined {
  const parts = type.split('|').map((part) => part.trim());
  if (!parts.every((part) => /^(['"]).*\1$/.test(part))) return undefined;
  return new Set(parts.map((part) => part.slice(1, -1)));
}

/** `A.b[].c` → `A`, `A.b`, `A.b[]`: the pieces a key lives in. */
function ancestors(key: string): string[] {
  const found: string[] = [];
  for (let i = 1; i < key.length; i++) {
    if (key[i] === '.' || (key[i] === '[' && key[i + 1] === ']')) found.push(key.slice(0, i));
  }
  return found;
}

/** What changed between two flattened APIs: breaking changes and additions, as sentences. */
export function diffEntries(
  before: Record<string, ApiEntry>,
  after: Record<string, ApiEntry>,
): { breaking: string[]; additions: string[] } {
  const breaking: string[] = [];
  const additions: string[] = [];
  for (const [key, old] of Object.entries(before)) {
    const now = after[key];
    if (!now) {
      // One sentence for a removed piece, not one per field inside it.
      if (!ancestors(key).some((a) => before[a] && !after[a])) breaking.push(`${key} was removed`);
      continue;
    }
    if (old.type !== now.type) {
      const [was, is] = [literalUnion(old.type), literalUnion(now.type)];
      if (was && is) {
        const removed = [...was].filter((value) => !is.has(value));
        const added = [...is].filter((value) => !was.has(value));
        const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');
        // Hosts must handle every value the remote sends, may pass any value it accepted, and
        // may rely on every value it reported.
        if (now.direction === 'sends') {
          if (added.length > 0) breaking.push(`${key} can now send ${list(added)}`);
          if (removed.length > 0) additions.push(`${key} no longer sends ${list(removed)}`);
        } else {
          const verb = now.direction === 'accepts' ? 'accepts' : 'reports';
          if (removed.length > 0) breaking.push(`${key} no longer ${verb} ${list(removed)}`);
          if (added.length > 0) additions.push(`${key} now ${verb} ${list(added)}`);
        }
      } else {
        breaking.push(`${key} changed type from ${old.type} to ${now.type}`);
      }
    }
    if (old.required === false && now.required === true && now.direction === 'accepts')
      breaking.push(`${key} became required`);
    if (old.required === true && now.required === false && now.direction !== 'accepts')
      breaking.push(`${key} may now be missing`);
  }
  for (const [key, now] of Object.entries(after)) {
    if (before[key]) continue;
    // Inside a piece that is new itself, only the piece is news.
    if (ancestors(key).some((a) => after[a] && !before[a])) continue;
    if (now.direction === 'accepts' && now.required && ancestors(key).length > 0)
      breaking.push(`${key} is new and required`);
    else additions.push(`${key} was added`);
  }
  return { breaking, additions };
}

const major = (version: string) => Number(version.split('.')[0]);

/** Compares this build's API with the last release's record: the CI gate. */
export function compareWithRecord(record: PublicApi, current: PublicApi): ApiComparison {
  const props = diffEntries(record.props, current.props);
  const elements = diffEntries(record.elements, current.elements);
  const problems: string[] = [];
  if (
    props.breaking.length > 0 &&
    major(current.contractVersion) <= major(record.contractVersion)
  ) {
    problems.push(
      `The props contract has breaking changes but its version went from ${record.contractVersion} to ${current.contractVersion}, ` +
        `not to a new major (FEDERATION_CONTRACT_VERSION in contracts/src/federation-version.ts):\n` +
        props.breaking.map((line) => `  - ${line}`).join('\n'),
    );
  }
  if (elements.breaking.length > 0 && major(current.version) <= major(record.version)) {
    problems.push(
      `The web components (custom-elements.json) have breaking changes but remote-ready's version went from ${record.version} to ${current.version}, ` +
        `not to a new major ("version" in remote-ready/package.json):\n` +
        elements.breaking.map((line) => `  - ${line}`).join('\n'),
    );
  }
  return {
    breaking: { props: props.breaking, elements: elements.breaking },
    additions: [...props.additions, ...elements.additions],
    problems,
  };
}
