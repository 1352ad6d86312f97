import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { textQuote } from "@/lib/domain/anchor";
import { AppError } from "@/lib/domain/errors";
import { FormatError, parseArgumentFile } from "@/lib/formats";
import { ZImportDocumentInput } from "@/lib/validation/document";
import { ZImportArgumentFileInput, ZImportedDocument, type TImportArgumentFileInput, type TImportedDocumentData } from "@/lib/validation/interchange";
import { MAX_DOCUMENT_BYTES } from "@/lib/validation/limits";
import { recordChange } from "../changes";
import { db, type DbTx } from "../db";
import { requireMembership } from "../guards";
import { insertDocument } from "./import-document";

/** An argument file may carry its data around the text (AIF nodes, Warrant JSON): allow twice the text limit. */
export const MAX_ARGUMENT_FILE_BYTES = 2 * MAX_DOCUMENT_BYTES;

const httpOnly = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/**
 * AIF, Argdown or Warrant JSON -> a new document whose units and relations are the file's (not
 * the analyser's), with their verdicts and sources, all in one transaction: a bad file leaves
 * nothing behind. The document row itself goes through insertDocument, the one insert path.
 */
export async function importArgumentFile({ userId, workspaceId, input }: { userId: string; workspaceId: string; input: TImportArgumentFileInput }) {
  if (typeof input?.content === "string" && new TextEncoder().encode(input.content).length > MAX_ARGUMENT_FILE_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The file is over ${MAX_ARGUMENT_FILE_BYTES / 1024 / 1024} MB.`);
  }
  const { format, content, title } = ZImportArgumentFileInput.parse(input);
  let file: TImportedDocumentData;
  try {
    const parsed = parseArgumentFile(format, content);
    file = ZImportedDocument.parse({ ...parsed, title: title ?? parsed.title });
  } catch (e) {
    if (e instanceof FormatError) throw new AppError("VALIDATION", e.message, { fields: { content: [e.message] } });
    throw e;
  }
  const data = ZImportDocumentInput.parse({
    title: file.title, text: file.text, author: file.author ?? undefined, publisher: file.publisher ?? undefined,
    sourceUrl: httpOnly(file.sourceUrl), publishedAt: file.publishedAt ?? undefined, language: file.language ?? undefined,
  });
  return db.$transaction(
    async (tx) => {
      await requireMembership(tx, userId, workspaceId, "document.create");
      const { id } = await insertDocument(tx, { userId, workspaceId, data });
      // The file's statements replace what the analyser proposed for the same text.
      await tx.relation.deleteMany({ where: { documentId: id } });
      await tx.unit.deleteMany({ where: { documentId: id } });
      const counts = await insertFileUnits(tx, { workspaceId, documentId: id, file });
      await recordChange(tx, {
        workspaceId, actorId: userId, action: "document.import.file", entityType: "document", entityId: id, documentId: id,
        after: { format, ...counts },
      });
      return { id, ...counts };
    },
    { timeout: 60_000 },
  );
}

async function insertFileUnits(tx: DbTx, { workspaceId, documentId, file }: { workspaceId: string; documentId: string; file: TImportedDocumentData }) {
  const ids = new Map(file.units.map((u) => [u.key, randomUUID()]));
  await tx.unit.createMany({
    data: file.units.map((u) => {
      const quote = textQuote(file.text, u.start, u.end);
      return {
        id: ids.get(u.key)!, documentId, kind: u.kind, start: u.start, end: u.end,
        quoteExact: quote.exact, quotePrefix: quote.prefix, quoteSuffix: quote.suffix,
        text: u.text && u.text !== quote.exact ? u.text : null, speaker: u.speaker, origin: u.origin,
        signals: u.signals, checkworthy: u.checkworthy, opinion: u.opinion, verdict: u.verdict, rationale: u.rationale, status: u.status,
      };
    }),
  });
  const relations = file.relations.filter((r) => r.from !== r.to);
  await tx.relation.createMany({
    data: relations.map((r) => ({ documentId, fromId: ids.get(r.from)!, toId: ids.get(r.to)!, type: r.type, origin: r.origin, signals: r.signals })),
    skipDuplicates: true,
  });
  // Sources are workspace-level and reused by URL, as when a reviewer attaches one.
  let evidence = 0;
  for (const u of file.units) {
    for (const s of u.sources) {
      const url = httpOnly(s.url) ?? null;
      const source =
        (url && (await tx.source.findFirst({ where: { workspaceId, url }, orderBy: { createdAt: "asc" }, select: { id: true } }))) ||
        (await tx.source.create({
          data: {
            workspaceId, url, title: s.title, publisher: s.publisher,
            publishedAt: s.publishedAt ? new Date(`${s.publishedAt.slice(0, 10)}T00:00:00Z`) : null,
            accessedAt: s.accessedAt && !Number.isNaN(Date.parse(s.accessedAt)) ? new Date(s.accessedAt) : null,
          },
          select: { id: true },
        }));
      const created = await tx.evidence.createMany({ data: [{ unitId: ids.get(u.key)!, sourceId: source.id, stance: s.stance, excerpt: s.excerpt }], skipDuplicates: true });
      evidence += created.count;
    }
  }
  return { units: file.units.length, relations: relations.length, sources: evidence } satisfies Prisma.JsonObject;
}
