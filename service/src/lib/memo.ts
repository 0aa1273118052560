/**
 * `make()`'s value for `key`, computed once while `key` is alive. Keyed on an object that a
 * short-lived cache hands out (a public link), a rendering is redone only when the link is read
 * again from the database.
 */
export function memoOn<K extends object, V>(memo: WeakMap<K, V>, key: K, make: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = make();
    memo.set(key, value);
  }
  return value;
}
