/**
 * Whether the database refused a write for a unique index (E11000). On FerretDB, without
 * atomic updates, that refusal is how every race here is decided: the first insert wins.
 */
export function isDuplicateKey(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000
  );
}
