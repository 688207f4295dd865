import type { IncomingMessage, ServerResponse } from "node:http";
import type { SandboxConfig } from "./config";
import type { Notifier } from "./notifier";
import type { Operations } from "./operations";

export interface Context {
  config: SandboxConfig;
  ops: Operations;
  notifier: Notifier;
  /** Where browsers reach the sandbox, no trailing slash. */
  publicUrl: string;
  now: () => number;
}

export interface Route {
  method: "GET" | "POST";
  /** Matched against the path; named groups become params. */
  pattern: RegExp;
  handle: (context: Context, request: IncomingMessage, response: ServerResponse, params: Record<string, string>, url: URL) => Promise<void>;
}
