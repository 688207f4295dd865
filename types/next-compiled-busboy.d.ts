// Next.js's own copy of busboy (1.x), which it uses to decode server action bodies; see lib/server/security/request-guard.ts.
declare module "next/dist/compiled/busboy" {
  import type { Readable, Writable } from "node:stream";

  interface Busboy extends Writable {
    on(event: "field", listener: (name: string, value: string) => void): this;
    on(event: "file", listener: (name: string, stream: Readable) => void): this;
    on(event: "close", listener: () => void): this;
    on(event: "error", listener: (error: unknown) => void): this;
  }

  function busboy(options: { headers: Record<string, string>; defParamCharset?: string; limits?: { fieldSize?: number } }): Busboy;
  export default busboy;
}
