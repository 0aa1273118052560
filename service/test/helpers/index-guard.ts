// MongoDB's `notablescan`, emulated for the tests: FerretDB scans whatever it is asked, so a
// query that MongoDB could not serve from an index would pass every test and then scan the
// whole collection in production. The guard watches every command the driver sends (command
// monitoring) and records each filter or sort that no declared index serves.
import type { EventEmitter } from 'node:events';
import mongoose, { type Connection } from 'mongoose';

/** An index as declared: its keys in order, e.g. [['ownerId', 1], ['createdAt', -1]]. */
export type IndexKeys = Array<[field: string, direction: number]>;

export interface UnservedQuery {
  model: string;
  collection: string;
  command: string;
  filter: unknown;
  sort?: unknown;
}

type Doc = Record<string, unknown>;

const ID_INDEX: IndexKeys = [['_id', 1]];
/** The indexes the driver's GridFS bucket creates on its own two collections. */
const GRIDFS_INDEXES: Record<string, IndexKeys[]> = {
  files: [
    [
      ['filename', 1],
      ['uploadDate', 1],
    ],
  ],
  chunks: [
    [
      ['files_id', 1],
      ['n', 1],
    ],
  ],
};

const isDoc = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map);

/** The driver sends sorts as Maps (key order matters); everything else here reads objects. */
const asDoc = (value: unknown): unknown =>
  value instanceof Map ? Object.fromEntries(value) : value;

/** Operators a btree index can answer for its field (the rest need every row read). */
const INDEXABLE = new Set(['$eq', '$in', '$gt', '$gte', '$lt', '$lte', '$all']);

/**
 * The fields of a filter an index can seek on, each marked as pinned to one value or not
 * (a range or `$in`), which decides whether the index's next key can still serve a sort.
 */
function seekableFields(filter: Doc): Map<string, 'equal' | 'range'> {
  const fields = new Map<string, 'equal' | 'range'>();
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value.filter(isDoc))
        for (const [k, v] of seekableFields(part)) fields.set(k, v);
      continue;
    }
    if (key.startsWith('$')) continue;
    if (!isDoc(value) || !Object.keys(value).some((k) => k.startsWith('$'))) {
      fields.set(key, 'equal');
      continue;
    }
    const operators = Object.keys(value);
    if (operators.length === 1 && operators[0] === '$eq') fields.set(key, 'equal');
    else if (operators.some((op) => INDEXABLE.has(op))) fields.set(key, 'range');
  }
  return fields;
}

/** Whether `sort` can be read in order from `index` once the filter's pinned fields are fixed. */
function sortFollowsIndex(
  sort: Record<string, number>,
  index: IndexKeys,
  fields: Map<string, string>,
): boolean {
  const wanted = Object.entries(sort).filter(([field]) => fields.get(field) !== 'equal');
  if (wanted.length === 0) return true;
  let start = 0;
  while (start < index.length && fields.get(index[start]![0]) === 'equal') start += 1;
  const keys = index.slice(start, start + wanted.length);
  if (keys.length < wanted.length) return false;
  const same = wanted.every(([field, dir], i) => keys[i]![0] === field && keys[i]![1] === dir);
  const reversed = wanted.every(([field, dir], i) => keys[i]![0] === field && keys[i]![1] === -dir);
  return same || reversed;
}

/**
 * Whether one of `indexes` serves a query as MongoDB would without a collection scan: its
 * first key is sought by the filter (or, with no usable filter, it yields the sort's order),
 * and a sort is read from the index in order rather than sorted in memory. An explicit hint
 * naming a declared index is a deliberate full index walk (e.g. a maintenance command).
 */
export function isServed(
  query: { filter?: unknown; sort?: unknown; hint?: unknown; limit?: unknown },
  indexes: IndexKeys[],
): boolean {
  const candidates = [ID_INDEX, ...indexes];
  const hint = asDoc(query.hint);
  if (isDoc(hint)) {
    const hinted = Object.entries(hint);
    return candidates.some(
      (index) =>
        index.length === hinted.length &&
        index.every(([field, dir], i) => hinted[i]![0] === field && hinted[i]![1] === dir),
    );
  }
  const fields = seekableFields(isDoc(query.filter) ? query.filter : {});
  const sort = isDoc(query.sort) && Object.keys(query.sort).length ? query.sort : undefined;
  // "Is there any row?" (e.g. GridFS before it creates its indexes) reads the first row only.
  const anyRow = isDoc(query.filter) && Object.keys(query.filter).length === 0;
  if (anyRow && !sort && query.limit === 1) return true;
  return candidates.some((index) => {
    const seeks = fields.has(index[0]![0]);
    if (!sort) return seeks;
    // Without a seekable filter, walking an index in the sort's order is no scan either.
    return (
      (seeks || fields.size === 0) &&
      sortFollowsIndex(sort as Record<string, number>, index, fields)
    );
  });
}

/** The reads a command makes: each filter with its sort and hint. Writes of new rows have none. */
function queriesOf(
  name: string,
  command: Doc,
): Array<{ filter: unknown; sort?: unknown; hint?: unknown; limit?: unknown }> {
  switch (name) {
    case 'find':
      return [
        {
          filter: command.filter ?? {},
          sort: asDoc(command.sort),
          hint: command.hint,
          limit: command.limit,
        },
      ];
    case 'findAndModify':
      return [{ filter: command.query ?? {}, sort: asDoc(command.sort), hint: command.hint }];
    case 'count':
    case 'distinct':
      return [{ filter: command.query ?? {}, hint: command.hint }];
    case 'update':
      return (command.updates as Doc[]).map((u) => ({ filter: u.q, hint: u.hint }));
    case 'delete':
      return (command.deletes as Doc[]).map((d) => ({ filter: d.q, hint: d.hint }));
    case 'aggregate': {
      const pipeline = (command.pipeline as Doc[]) ?? [];
      const match = isDoc(pipeline[0]?.$match) ? pipeline[0].$match : {};
      const sortStage = pipeline[isDoc(pipeline[0]?.$match) ? 1 : 0]?.$sort;
      return [{ filter: match, sort: asDoc(sortStage), hint: asDoc(command.hint) }];
    }
    default:
      return [];
  }
}

/** The declared indexes of every collection of a connection, by collection name. */
function declaredIndexes(db: Connection): Map<string, { model: string; indexes: IndexKeys[] }> {
  const byCollection = new Map<string, { model: string; indexes: IndexKeys[] }>();
  for (const model of Object.values(db.models)) {
    byCollection.set(model.collection.collectionName, {
      model: model.modelName,
      indexes: model.schema.indexes().map(([keys]) => Object.entries(keys) as IndexKeys),
    });
  }
  return byCollection;
}

function indexesOf(db: Connection, collection: string) {
  const declared = declaredIndexes(db).get(collection);
  if (declared) return declared;
  const gridfs = /\.(files|chunks)$/.exec(collection)?.[1];
  if (gridfs) return { model: `GridFS ${collection}`, indexes: GRIDFS_INDEXES[gridfs]! };
  return { model: `(no model) ${collection}`, indexes: [] };
}

/** Every query of `command` that no declared index of its collection serves. */
export function unservedQueries(db: Connection, name: string, command: Doc): UnservedQuery[] {
  const collection = command[name];
  if (typeof collection !== 'string') return [];
  const { model, indexes } = indexesOf(db, collection);
  return queriesOf(name, command)
    .filter((query) => !isServed(query, indexes))
    .map(({ filter, sort }) => ({
      model,
      collection,
      command: name,
      filter,
      ...(sort ? { sort } : {}),
    }));
}

export function describeUnserved(query: UnservedQuery): string {
  const sort = query.sort ? ` sort ${JSON.stringify(query.sort)}` : '';
  return `${query.model} (${query.collection}): ${query.command} ${JSON.stringify(query.filter)}${sort}`;
}

/**
 * Whether the service's own code sent a command, not a test inspecting the database: the
 * nearest project frame of the (async) stack decides. A stack with no project frame counts as
 * the service's, so nothing slips through unseen.
 */
function sentByTest(): boolean {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 100;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  const frame = stack
    .split('\n')
    .find((line) => /\/service\/(src|test|bench)\//.test(line) && !line.includes('index-guard'));
  return frame !== undefined && frame.includes('/service/test/');
}

/** Where the guard of a worker reports: the test file running now (see installIndexGuard). */
const REPORT = Symbol.for('scenra.index-guard.report');
type GuardedEvents = EventEmitter & { [REPORT]?: (query: UnservedQuery) => void };

/**
 * Turns command monitoring on for every connection mongoose opens from now on and reports
 * each unserved query to `report`. Call before any app connects. A worker that runs several
 * test files in one process calls it once per file: the monitoring is installed once, and each
 * call makes `report` the receiver of what follows.
 */
export function installIndexGuard(report: (query: UnservedQuery) => void): void {
  // `mongoose.events` is public (it announces every new connection) but not in the typings.
  const { events } = mongoose as unknown as { events: GuardedEvents };
  const installed = events[REPORT] !== undefined;
  events[REPORT] = report;
  if (installed) return;
  events.on('createConnection', (db: Connection) => {
    const openUri = db.openUri.bind(db);
    db.openUri = ((uri: string, options?: mongoose.ConnectOptions) => {
      const opened = openUri(uri, { ...options, monitorCommands: true });
      db.getClient().on('commandStarted', (event) => {
        if (sentByTest()) return;
        for (const query of unservedQueries(db, event.commandName, event.command))
          events[REPORT]?.(query);
      });
      return opened;
    }) as typeof db.openUri;
  });
}
