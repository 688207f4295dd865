import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { SOCKET_ADDRESS_HEADER } from "./client-ip";

// Headers a client could send to pose as a proxy. With no trusted proxy they are deleted, so Next.js fills
// them in from the connection itself (it only sets them when absent) and Auth.js builds its URLs from the
// real Host header.
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

let installed = false;

/**
 * Next.js gives route handlers, server actions and Auth.js no socket address, and keeps a client-sent
 * X-Forwarded-For as is. Node publishes every incoming request on the "http.server.request.start"
 * diagnostics channel before any handler runs, with the socket: we stamp the peer address into our own
 * header there (deleting client-sent copies) and, with no trusted proxy, drop the forwarded headers.
 * Installed once per process from instrumentation.ts.
 */
export function installSocketAddressStamp(trustedHops: number) {
  if (installed) return;
  installed = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    stampRequest(request, socket.remoteAddress, trustedHops);
  });
}

export function stampRequest(request: IncomingMessage, remoteAddress: string | undefined, trustedHops: number) {
  delete request.headers[SOCKET_ADDRESS_HEADER];
  if (trustedHops === 0) for (const name of FORWARDED_HEADERS) delete request.headers[name];
  if (remoteAddress) request.headers[SOCKET_ADDRESS_HEADER] = remoteAddress;
}
