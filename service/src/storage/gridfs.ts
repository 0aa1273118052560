import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import mongoose, { type Connection } from 'mongoose';
import type { FileStorage, StoredFile } from './port.ts';

const { GridFSBucket, ObjectId } = mongoose.mongo;

/** Generated videos in a GridFS bucket of the service's own database. */
export function gridFsStorage(db: Connection, bucketName = 'generated_videos'): FileStorage {
  if (!db.db) throw new Error('the database connection is not open');
  const bucket = new GridFSBucket(db.db, { bucketName, chunkSizeBytes: 255 * 1024 });
  const files = db.db.collection(`${bucketName}.files`);
  const chunks = db.db.collection(`${bucketName}.chunks`);
  const oid = (id: string) => new ObjectId(id);

  const storage: FileStorage = {
    async put(id, source, meta) {
      const upload = bucket.openUploadStreamWithId(oid(id), meta.filename, {
        metadata: { ...meta.metadata, contentType: meta.contentType },
      });
      try {
        await pipeline(source, upload);
      } catch (error) {
        await storage.remove(id);
        throw error;
      }
      return { id, length: upload.length, contentType: meta.contentType };
    },

    async stat(id) {
      const doc = await files.findOne<{ length: number; metadata?: { contentType?: string } }>({
        _id: oid(id),
      });
      if (!doc) return undefined;
      const file: StoredFile = {
        id,
        length: doc.length,
        contentType: doc.metadata?.contentType ?? 'application/octet-stream',
      };
      return file;
    },

    read(id, range) {
      // GridFS's `end` is exclusive; ours is inclusive like HTTP's.
      return bucket.openDownloadStream(
        oid(id),
        range ? { start: range.start, end: range.end + 1 } : undefined,
      ) as Readable;
    },

    async remove(id) {
      // The files row first, so a reader never finds a file whose chunks are going away.
      await files.deleteOne({ _id: oid(id) });
      await chunks.deleteMany({ files_id: oid(id) });
    },
  };
  return storage;
}
