import path from "node:path";
import type { FileStorage } from "./file-storage";
import { LocalDiskStorage } from "./local-disk-storage";

export type { FileStorage } from "./file-storage";

let storage: FileStorage | undefined;

/** UPLOAD_DIR (default .data/uploads) on local disk. */
export function getFileStorage(): FileStorage {
  storage ??= new LocalDiskStorage(process.env.UPLOAD_DIR ?? path.join(process.cwd(), ".data", "uploads"));
  return storage;
}
