import { mkdirSync, readFileSync } from "node:fs";
import { open, rename } from "node:fs/promises";
import path from "node:path";
import { emptyState, type SandboxState } from "./state";

/**
 * One JSON file holds the sandbox's state. Changes are made in memory (one synchronous function, so two
 * requests never interleave inside one change), then the whole state is written to a temporary file,
 * flushed and renamed over the old one: a crash leaves the old file or the new one, never half of one.
 * Writes are chained, so they reach the disk in the order the changes were made.
 */
export class Store {
  readonly state: SandboxState;
  private readonly file: string;
  private writing: Promise<void> = Promise.resolve();

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, "state.json");
    this.state = readState(this.file);
  }

  /** Applies `change` to the state and resolves once the state including it is on disk. */
  async update<T>(change: (state: SandboxState) => T): Promise<T> {
    const result = change(this.state);
    const snapshot = JSON.stringify(this.state);
    const write = this.writing.then(() => writeAtomically(this.file, snapshot));
    // A failed write must not block the ones after it; the caller still sees its own failure.
    this.writing = write.catch(() => undefined);
    await write;
    return result;
  }

  /** Resolves when every write started so far has finished (shutdown). */
  flushed(): Promise<void> {
    return this.writing;
  }
}

function readState(file: string): SandboxState {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return emptyState();
    throw error;
  }
  const state = JSON.parse(text) as SandboxState;
  if (state.version !== 1) throw new Error(`${file}: unknown state version ${String(state.version)}`);
  return state;
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, "w", 0o600);
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}
