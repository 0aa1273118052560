// The shape of the props a host passes to the federated remote, as a checker small enough for
// the ready page's first paint. A schema library here would be the largest part of the remote's
// JavaScript on that page (zod's core is about 16 KB gzip, the page's whole budget is 30), and
// these props need only a handful of rules: strings, URLs, functions, a choice, lists, objects.
// The TypeScript types of the props are inferred from the same rules, and their JSON Schema
// (read by the release gate) is written beside each one, so none of the three can drift.

/** The part of JSON Schema the rules describe themselves in (`function` is ours). */
export interface JsonSchema {
  type?: 'string' | 'function' | 'array' | 'object';
  format?: 'uri';
  minLength?: number;
  enum?: string[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

/** One rule: adds a sentence per problem (prefixed with the field's path) to `problems`. */
export interface Rule<T> {
  check(value: unknown, path: string, problems: string[]): void;
  readonly jsonSchema: JsonSchema;
  /** Carries the checked type for `Infer`; never set. */
  readonly _type?: T;
}

/** A rule whose field may be left out (or `undefined`). */
export interface OptionalRule<T> extends Rule<T | undefined> {
  readonly optional: true;
}

export type Infer<R> = R extends Rule<infer T> ? T : never;

type Shape = Record<string, Rule<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends OptionalRule<unknown> ? K : never;
}[keyof S];
type Flatten<T> = { [K in keyof T]: T[K] } & {};
export type InferShape<S extends Shape> = Flatten<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    [K in OptionalKeys<S>]?: Infer<S[K]>;
  }
>;

/** An object rule, whose `shape` other rules can extend. */
export interface ObjectRule<S extends Shape> extends Rule<InferShape<S>> {
  readonly shape: S;
}

/** How a wrong value is named in a problem: its type, never its content (it may be a secret). */
function received(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' && value === '' ? 'an empty string' : typeof value;
}

/** The problem of a value that is not what `expected` says, at `path` ("props" at the top). */
function mismatch(path: string, expected: string, value: unknown): string {
  return `${path || 'props'}: expected ${expected}, received ${received(value)}`;
}

function rule<T>(
  expected: string,
  jsonSchema: JsonSchema,
  accepts: (value: unknown) => boolean,
): Rule<T> {
  return {
    jsonSchema,
    check(value, path, problems) {
      if (!accepts(value)) problems.push(mismatch(path, expected, value));
    },
  };
}

export const string = (): Rule<string> =>
  rule('a string', { type: 'string' }, (v) => typeof v === 'string');

export const nonEmptyString = (): Rule<string> =>
  rule(
    'a non-empty string',
    { type: 'string', minLength: 1 },
    (v) => typeof v === 'string' && v.length > 0,
  );

/** An absolute http(s) URL ("localhost:4000" parses as a URL with the scheme "localhost:"). */
export const httpUrl = (): Rule<string> =>
  rule('an http(s) URL', { type: 'string', format: 'uri' }, isHttpUrl);

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  return /^https?:$/.test(new URL(value).protocol);
}

/** A function; its parameters and result are the caller's promise, not checked here. */
export const fn = <F extends (...args: never[]) => unknown>(): Rule<F> =>
  rule('a function', { type: 'function' }, (v) => typeof v === 'function');

export function oneOf<const V extends readonly string[]>(values: V): Rule<V[number]> {
  const expected = `one of ${values.map((v) => `"${v}"`).join(', ')}`;
  return rule(expected, { enum: [...values] }, (v) => typeof v === 'string' && values.includes(v));
}

export function optional<T>(inner: Rule<T>): OptionalRule<T> {
  return {
    optional: true,
    jsonSchema: inner.jsonSchema,
    check(value, path, problems) {
      if (value !== undefined) inner.check(value, path, problems);
    },
  };
}

export function listOf<T>(item: Rule<T>): Rule<T[]> {
  return {
    jsonSchema: { type: 'array', items: item.jsonSchema },
    check(value, path, problems) {
      if (!Array.isArray(value)) {
        problems.push(mismatch(path, 'a list', value));
        return;
      }
      value.forEach((entry, index) => item.check(entry, `${path}.${index}`, problems));
    },
  };
}

export function object<S extends Shape>(shape: S): ObjectRule<S> {
  const properties: Record<string, JsonSchema> = {};
  for (const [key, fieldRule] of Object.entries(shape)) properties[key] = fieldRule.jsonSchema;
  const required = Object.keys(shape).filter((key) => !('optional' in shape[key]!));
  return {
    shape,
    jsonSchema: { type: 'object', properties, required },
    check(value, path, problems) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push(mismatch(path, 'an object', value));
        return;
      }
      const fields = value as Record<string, unknown>;
      for (const [key, fieldRule] of Object.entries(shape)) {
        fieldRule.check(fields[key], path ? `${path}.${key}` : key, problems);
      }
    },
  };
}

/** `base`'s fields and `more`'s, as one object rule. */
export function extend<B extends Shape, M extends Shape>(
  base: ObjectRule<B>,
  more: M,
): ObjectRule<Omit<B, keyof M> & M> {
  return object({ ...base.shape, ...more } as Omit<B, keyof M> & M);
}

/** Every problem of `value` against `rule`, each naming its field; empty when it conforms. */
export function problemsOf(rule: Rule<unknown>, value: unknown): string[] {
  const problems: string[] = [];
  rule.check(value, '', problems);
  return problems;
}
