import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/domain/errors";
import { ZImportDocumentInput } from "@/lib/validation/document";
import { db } from "../db";
import { requireMembership } from "../guards";
import { extractFile } from "../ingest/extract";
import { safeFetch, type SafeFetchOptions } from "../ingest/safe-fetch";
import { insertDocument } from "./import-document";

export type IngestStage = "fetching" | "extracting" | "analysing" | "saving";
export type IngestSource = { url: string } | { file: { name: string; type: string; bytes: Uint8Array } };
export interface IngestMeta { title?: string; author?: string; publisher?: string; publishedAt?: string; language?: string }

const TEXT_TYPES = /^(text\/|application\/(xhtml\+xml|json))/;

/**
 * URL or uploaded file -> an analysed document. The fetched or uploaded bytes are kept as the
 * raw snapshot with their SHA-256 and fetch time, so reviewers can prove what the page said.
 * Everything is saved in one transaction at the end: a failure at any stage leaves nothing.
 */
export async function ingestDocument(opts: {
  userId: string;
  workspaceId: string;
  source: IngestSource;
  meta?: IngestMeta;
  onProgress?: (stage: IngestStage) => void;
  fetchOptions?: SafeFetchOptions;
}) {
  const { userId, workspaceId, source, meta = {}, onProgress = () => {} } = opts;
  // Check the caller may import here before fetching anything on their behalf.
  await requireMembership(db, userId, workspaceId, "document.create");
  onProgress("fetching");
  const fetchedAt = new Date();
  const raw = "url" in source
    ? await safeFetch(source.url, opts.fetchOptions).then((f) => ({ name: new URL(f.url).pathname, type: f.contentType, bytes: f.bytes, url: f.url }))
    : { ...source.file, url: undefined };
  if (raw.bytes.length === 0) throw new AppError("VALIDATION", "The file is empty.");
  onProgress("extracting");
  const extracted = await extractFile(raw.name, raw.type, raw.bytes);
  const data = ZImportDocumentInput.parse({
    title: meta.title || extracted.title || (raw.url ? new URL(raw.url).hostname : raw.name) || "Untitled",
    text: extracted.text,
    author: meta.author || extracted.author,
    publisher: meta.publisher || extracted.publisher,
    publishedAt: meta.publishedAt || extracted.publishedAt,
    sourceUrl: raw.url,
    language: meta.language,
  });
  const isText = TEXT_TYPES.test(raw.type);
  const snapshot = {
    // The column is text: binary files (PDF, Word) are kept base64-encoded, and the type says so.
    rawSnapshot: isText ? new TextDecoder().decode(raw.bytes) : Buffer.from(raw.bytes).toString("base64"),
    rawContentType: isText ? raw.type : `${raw.type.split(";")[0]}; encoding=base64`,
    rawSha256: createHash("sha256").update(raw.bytes).digest("hex"),
    fetchedAt: raw.url ? fetchedAt : null,
  };
  onProgress("analysing");
  return db.$transaction(
    async (tx) => {
      await requireMembership(tx, userId, workspaceId, "document.create");
      const created = await insertDocument(tx, { userId, workspaceId, data });
      onProgress("saving");
      await tx.document.update({ where: { id: created.id }, data: snapshot });
      return { ...created, title: data.title, sourceUrl: data.sourceUrl ?? null, rawSha256: snapshot.rawSha256 };
    },
    { timeout: 60_000 },
  );
}
