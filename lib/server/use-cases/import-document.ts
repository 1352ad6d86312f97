import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { createHash, randomUUID } from "node:crypto";
import { analyze } from "@/lib/analysis";
import { anchoredSpan } from "@/lib/domain/anchor";
import { AppError } from "@/lib/domain/errors";
import { MAX_DOCUMENT_BYTES } from "@/lib/validation/limits";
import { ZImportDocumentInput, type TImportDocumentData, type TImportDocumentInput } from "@/lib/validation/document";
import { recordChange } from "../changes";
import { db, type DbTx } from "../db";
import { requireMembership } from "../guards";

export interface ImportDocumentOptions {
  userId: string;
  workspaceId: string;
  input: TImportDocumentInput;
}

/** Paste -> analysed document with its units and relations, all in one transaction. */
export async function importDocument({ userId, workspaceId, input }: ImportDocumentOptions) {
  if (typeof input?.text === "string" && new TextEncoder().encode(input.text).length > MAX_DOCUMENT_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The text is over the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB limit. Split it into smaller documents.`);
  }
  const data = ZImportDocumentInput.parse(input);
  return db.$transaction(async (tx) => {
    await requireMembership(tx, userId, workspaceId, "document.create");
    return insertDocument(tx, { userId, workspaceId, data });
  });
}

/** Also used when a new workspace is given the demo article. Caller checks permissions. */
export async function insertDocument(
  tx: DbTx,
  { userId, workspaceId, data }: { userId: string | null; workspaceId: string; data: TImportDocumentData },
) {
  const text = data.text;
  const analysis = analyze(text, { language: data.language });
  const document = await tx.document.create({
    data: {
      workspaceId,
      title: data.title,
      author: data.author ?? null,
      publisher: data.publisher ?? null,
      sourceUrl: data.sourceUrl ?? null,
      publishedAt: data.publishedAt ? new Date(`${data.publishedAt}T00:00:00Z`) : null,
      language: analysis.language,
      text,
      textSha256: createHash("sha256").update(text, "utf8").digest("hex"),
      analysis: { quotes: analysis.quotes, paragraphs: analysis.paragraphs, citations: analysis.citations ?? [] } as unknown as Prisma.InputJsonValue,
      createdById: userId,
    },
    select: { id: true, title: true },
  });

  // Ids are made here so relations can point at units without a read-back.
  const ids = new Map(analysis.units.map((u) => [u.id, randomUUID()]));
  await tx.unit.createMany({
    data: analysis.units.map((u) => {
      return {
        id: ids.get(u.id)!,
        documentId: document.id,
        kind: u.kind,
        ...anchoredSpan(text, u.start, u.end),
        speaker: u.speaker?.name ?? null,
        speakerStart: u.speaker?.start ?? null,
        speakerEnd: u.speaker?.end ?? null,
        signals: u.signals,
        checkworthy: u.checkworthy,
        opinion: u.opinion,
      };
    }),
  });
  const relations = analysis.relations.filter((r) => ids.has(r.from) && ids.has(r.to) && r.from !== r.to);
  if (relations.length > 0) {
    await tx.relation.createMany({
      data: relations.map((r) => ({
        documentId: document.id,
        fromId: ids.get(r.from)!,
        toId: ids.get(r.to)!,
        type: r.type,
        signals: r.signals,
      })),
      skipDuplicates: true,
    });
  }
  await recordChange(tx, {
    workspaceId,
    actorId: userId,
    action: "document.import",
    entityType: "document",
    entityId: document.id,
    documentId: document.id,
    after: { title: document.title, units: analysis.units.length, relations: relations.length },
  });
  return { id: document.id, units: analysis.units.length };
}
