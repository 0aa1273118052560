import type { Connection, Schema } from 'mongoose';

/**
 * Binds a schema to a name and returns a getter of its model on a given connection.
 * Each app instance owns its connection, so models are per connection, made once.
 */
export function defineModel<TSchema extends Schema>(name: string, schema: TSchema) {
  const make = (db: Connection) => db.model(name, schema);
  return (db: Connection): ReturnType<typeof make> =>
    (db.models[name] as ReturnType<typeof make> | undefined) ?? make(db);
}
