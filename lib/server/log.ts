import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";

// Structured JSON logs (pino) on standard output, one object per line: time, level, msg, the app
// process (`worker`, under WARRANT_WORKERS) and, inside a request, its `requestId` — the same id
// the response's X-Request-Id header and any error body carry, so a person reporting "it failed
// (request 3f2a…)" leads straight to the line. LOG_LEVEL: trace…fatal, or silent (default info;
// silent under Vitest unless set).

const context = new AsyncLocalStorage<{ requestId: string }>();

/** A logger in Warrant's shape, to standard output (or `destination`, for tests). */
export function makeLogger(level = process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"), destination?: pino.DestinationStream) {
  const options: pino.LoggerOptions = {
    level,
    base: process.env.WARRANT_WORKER ? { worker: Number(process.env.WARRANT_WORKER) } : {},
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const requestId = context.getStore()?.requestId;
      return requestId ? { requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const log = makeLogger();

/** Runs `fn` as part of request `requestId`: every log line inside carries it. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return context.run({ requestId }, fn);
}

/** The id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return context.getStore()?.requestId;
}
