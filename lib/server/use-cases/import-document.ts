import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/domain/errors";
import type { ImportStage } from "@/lib/domain/jobs";
import { FormatError, parseArgumentFile } from "@/lib/formats";
import { ZImportDocumentInput, type TImportDocumentData } from "@/lib/validation/document";
import { ZImportInput, type TImportData } from "@/lib/validation/import";
import { ZImportedDocument, type TImportedDocumentData } from "@/lib/validation/interchange";
import { db, type DbTx } from "../db";
import { analyseDocument, insertAnalysedDocument, insertArgumentFileDocument, type RawSnapshot } from "../documents";
import { requireMembership } from "../guards";
import { extractFile } from "../ingest/extract";
import { safeFetch, type SafeFetchOptions } from "../ingest/safe-fetch";
import { defineUseCase } from "../use-case";

export type { ImportStage };

/** The new document's id and what was stored (argument files: also relations and sources; fetched pages: the snapshot hash). */
export interface ImportResult {
  id: string;
  units: number;
  relations?: number;
  sources?: number;
  title?: string;
  sourceUrl?: string | null;
  rawSha256?: string;
}

export interface ImportOptions {
  /** Told as each stage starts (the import page shows it as a progress bar); awaited. */
  onProgress?: (stage: ImportStage) => void | Promise<void>;
  /** Runs inside the saving transaction with the result (a background job marks itself done there). */
  onSaved?: (tx: DbTx, result: ImportResult) => Promise<void>;
  fetchOptions?: SafeFetchOptions;
}

type Ingested = Extract<TImportData, { source: "url" | "file" }>;
type ArgumentFile = Extract<TImportData, { source: "argument" }>;

const TEXT_TYPES = /^(text\/|application\/(xhtml\+xml|json))/;
const SAVE = { timeout: 60_000 };

/**
 * Every import — pasted text, a web page, an uploaded file, an argument map file — from the
 * page, the REST API or the CLI. The caller's right to import is checked before anything is
 * fetched on their behalf; the analyser runs before the transaction opens, and everything is
 * saved in one short transaction at the end, so a failure at any stage leaves nothing behind.
 */
export const importDocument = defineUseCase(ZImportInput, (call, options: ImportOptions = {}) => runImport(call, options));

/** The import itself, on input already parsed by ZImportInput (startImport parses once, then calls this). */
export async function runImport(
  { userId, input }: { userId: string; input: TImportData },
  { onProgress = () => {}, onSaved, fetchOptions }: ImportOptions = {},
): Promise<ImportResult> {
  const { workspaceId } = input;
  await requireMembership(db, userId, workspaceId, "document.create");
  const save = async (insert: (tx: DbTx) => Promise<ImportResult>, extra: Partial<ImportResult> = {}) => {
    await onProgress("saving");
    return db.$transaction(async (tx) => {
      await requireMembership(tx, userId, workspaceId, "document.create");
      const result = { ...(await insert(tx)), ...extra };
      await onSaved?.(tx, result);
      return result;
    }, SAVE);
  };

  if (input.source === "paste") {
    const { title, text, author, publisher, sourceUrl, publishedAt, language } = input;
    const data = { title, text, author, publisher, sourceUrl, publishedAt, language };
    await onProgress("analysing");
    const analysis = analyseDocument(data);
    return save((tx) => insertAnalysedDocument(tx, { userId, workspaceId, data }, analysis), { title });
  }
  if (input.source === "argument") {
    const { data, file } = readArgumentFile(input);
    return save((tx) => insertArgumentFileDocument(tx, { userId, workspaceId, data, file, format: input.format }));
  }
  const { data, snapshot } = await ingest(input, onProgress, fetchOptions);
  await onProgress("analysing");
  const analysis = analyseDocument(data);
  return save((tx) => insertAnalysedDocument(tx, { userId, workspaceId, data, snapshot }, analysis), {
    title: data.title,
    sourceUrl: data.sourceUrl ?? null,
    rawSha256: snapshot.rawSha256,
  });
}

/** A web page or an uploaded file -> the document's data, and the bytes kept as its raw snapshot (also "Check for changes"). */
export async function ingest(
  input: Ingested,
  onProgress: (stage: ImportStage) => void | Promise<void>,
  fetchOptions?: SafeFetchOptions,
): Promise<{ data: TImportDocumentData; snapshot: RawSnapshot }> {
  await onProgress("fetching");
  const fetchedAt = new Date();
  const raw =
    input.source === "url"
      ? await safeFetch(input.url, fetchOptions).then((f) => ({ name: new URL(f.url).pathname, type: f.contentType, bytes: f.bytes, url: f.url }))
      : { ...input.file, url: undefined };
  if (raw.bytes.length === 0) throw new AppError("VALIDATION", "The file is empty.");
  await onProgress("extracting");
  const extracted = await extractFile(raw.name, raw.type, raw.bytes);
  const data = ZImportDocumentInput.parse({
    title: input.title || extracted.title || (raw.url ? new URL(raw.url).hostname : raw.name) || "Untitled",
    text: extracted.text,
    author: input.author || extracted.author,
    publisher: input.publisher || extracted.publisher,
    publishedAt: input.publishedAt || extracted.publishedAt,
    sourceUrl: raw.url,
    language: input.language,
  });
  // (A text file with a NUL byte, which a PostgreSQL text column refuses, is kept base64-encoded too.)
  const decoded = TEXT_TYPES.test(raw.type) ? new TextDecoder().decode(raw.bytes) : null;
  const isText = decoded !== null && !decoded.includes("\u0000");
  const snapshot: RawSnapshot = {
    // The column is text: binary files (PDF, Word) are kept base64-encoded, and the type says so.
    rawSnapshot: isText ? decoded : Buffer.from(raw.bytes).toString("base64"),
    rawContentType: isText ? raw.type : `${raw.type.split(";")[0]}; encoding=base64`,
    rawSha256: createHash("sha256").update(raw.bytes).digest("hex"),
    fetchedAt: raw.url ? fetchedAt : null,
  };
  return { data, snapshot };
}

const httpOnly = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** AIF, Argdown or Warrant JSON -> the statements to store and the document's own data. */
function readArgumentFile(input: ArgumentFile): { data: TImportDocumentData; file: TImportedDocumentData } {
  let file: TImportedDocumentData;
  try {
    const parsed = parseArgumentFile(input.format, input.content);
    file = ZImportedDocument.parse({ ...parsed, title: input.title ?? parsed.title });
  } catch (e) {
    if (e instanceof FormatError) throw new AppError("VALIDATION", e.message, { fields: { content: [e.message] } });
    throw e;
  }
  const data = ZImportDocumentInput.parse({
    title: file.title,
    text: file.text,
    author: file.author ?? undefined,
    publisher: file.publisher ?? undefined,
    sourceUrl: httpOnly(file.sourceUrl),
    publishedAt: file.publishedAt ?? undefined,
    language: file.language ?? undefined,
  });
  return { data, file };
}
