import type { Readable } from 'node:stream';

/** What we know of a stored file. */
export interface StoredFile {
  id: string;
  length: number;
  contentType: string;
}

/**
 * Where finished videos live (provider links expire, so we keep our own copy). GridFS on the
 * service's database by default; an object store can implement the same port.
 */
export interface FileStorage {
  /**
   * Stores a file under `id` (the caller decides the id, so a retried copy targets the same
   * file). Rejects if the source fails; a partial file is removed.
   */
  put(
    id: string,
    source: Readable,
    meta: { contentType: string; filename: string; metadata?: Record<string, unknown> },
  ): Promise<StoredFile>;
  /** The file's length and type, or undefined when there is no complete file under `id`. */
  stat(id: string): Promise<StoredFile | undefined>;
  /** Bytes `start`..`end` inclusive (the HTTP Range convention). */
  read(id: string, range?: { start: number; end: number }): Readable;
  /** Removes the file and any partial chunks; no error when it does not exist. */
  remove(id: string): Promise<void>;
}
