import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/domain/errors";
import { EXTRACT_MEMORY_MB, EXTRACT_TIMEOUT_MS, MAX_CONCURRENT_EXTRACTIONS, MAX_PDF_PAGES, MAX_ZIP_UNCOMPRESSED_BYTES } from "@/lib/validation/limits";

// Word and PDF extraction, and Markdown lexing, run in a worker thread (extract-worker.mjs): a heap limit, a deadline
// that terminates it, and at most MAX_CONCURRENT_EXTRACTIONS at once (the rest wait). The worker
// file is plain JavaScript found from the project folder at run time (not bundled): `next start`,
// `next dev`, Vitest and the CLI all run from it. WARRANT_EXTRACT_WORKER overrides the path.

export type ExtractKind = "docx" | "pdf" | "markdown";

const LABEL: Record<ExtractKind, string> = { docx: "Word (.docx)", pdf: "PDF", markdown: "Markdown" };

export function workerPath(): string {
  return process.env.WARRANT_EXTRACT_WORKER || path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "server", "ingest", "extract-worker.mjs");
}

let running = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (running >= MAX_CONCURRENT_EXTRACTIONS) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  return () => {
    running -= 1;
    waiting.shift()?.();
  };
}

type Reply = { ok: true; text: string } | { ok: false; code: "TOO_LARGE" | "UNREADABLE"; message: string };

export interface ExtractLimits {
  timeoutMs?: number;
  memoryMb?: number;
}

/** The text of a Word or PDF file (a Markdown file's tokens, as JSON), extracted in a bounded worker; 413 when it is too big to read, 400 when unreadable. */
export async function extractInWorker(
  kind: ExtractKind,
  bytes: Uint8Array,
  { timeoutMs = EXTRACT_TIMEOUT_MS, memoryMb = EXTRACT_MEMORY_MB }: ExtractLimits = {},
) {
  const release = await slot();
  try {
    return await run(kind, bytes, timeoutMs, memoryMb);
  } finally {
    release();
  }
}

function run(kind: ExtractKind, bytes: Uint8Array, timeoutMs: number, memoryMb: number): Promise<string> {
  const label = LABEL[kind];
  const unreadable = () => new AppError("VALIDATION", `This file could not be read as ${label}. Is it damaged, or of another type?`);
  const tooLarge = (why: string) => new AppError("PAYLOAD_TOO_LARGE", `This ${label} file is refused: ${why}. Save a smaller file, or paste its text.`);
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerPath(), {
      workerData: { kind, bytes, limits: { maxUncompressedBytes: MAX_ZIP_UNCOMPRESSED_BYTES, maxPdfPages: MAX_PDF_PAGES } },
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(32, memoryMb / 4), stackSizeMb: 4 },
      // Not the parent's flags (tsx loaders, --conditions): the worker is plain Node.
      execArgv: [],
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => settle(() => reject(tooLarge(`reading it took over ${Math.round(timeoutMs / 1000)} s`))), timeoutMs);
    worker.on("message", (reply: Reply) =>
      settle(() => (reply.ok ? resolve(reply.text) : reject(reply.code === "TOO_LARGE" ? tooLarge(reply.message) : unreadable()))),
    );
    worker.on("error", (e: Error & { code?: string }) =>
      settle(() => {
        if (e.code === "ERR_WORKER_OUT_OF_MEMORY") reject(tooLarge(`reading it needs over ${memoryMb} MB of memory`));
        else if (e.code === "ERR_WORKER_PATH" || e.code === "ERR_MODULE_NOT_FOUND") reject(e);
        else reject(unreadable());
      }),
    );
    worker.on("exit", () => settle(() => reject(unreadable())));
  });
}
