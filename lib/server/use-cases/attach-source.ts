import "server-only";
import { parseDay } from "@/lib/domain/dates";
import { AppError, notFound } from "@/lib/domain/errors";
import { ZAttachSourceInput } from "@/lib/validation/source";
import { recordChange } from "../changes";
import { db } from "../db";
import { assertAssignedWork, requireUnitAccess } from "../guards";
import { queueSourceArchive } from "../jobs/archive-job";
import { defineUseCase } from "../use-case";
import { toEvidenceView } from "../view-mappers";

/**
 * Attach a source to a unit with a stance. Sources live at workspace level and are reused:
 * an existing sourceId, or the workspace's source with the same URL, is linked, not copied.
 * A source with a web address is archived by a background job (archive-job.ts).
 */
export const attachSource = defineUseCase(ZAttachSourceInput, ({ userId, input: { unitId, ...data } }) =>
  db.$transaction(async (tx) => {
    const access = await requireUnitAccess(tx, userId, unitId, "source.attach");
    const { unit, workspaceId } = access;
    assertAssignedWork(userId, access);
    const found = data.sourceId
      ? await tx.source.findFirst({ where: { id: data.sourceId, workspaceId } })
      : data.url
        ? await tx.source.findFirst({ where: { workspaceId, url: data.url }, orderBy: { createdAt: "asc" } })
        : null;
    if (data.sourceId && !found) throw notFound("The source");
    const source =
      found ??
      (await tx.source.create({
        data: {
          workspaceId,
          url: data.url,
          title: data.title || data.url || "Untitled source",
          publisher: data.publisher,
          publishedAt: parseDay(data.publishedAt),
          accessedAt: parseDay(data.accessedAt) ?? new Date(),
        },
      }));
    const existing = await tx.evidence.findUnique({ where: { unitId_sourceId: { unitId, sourceId: source.id } } });
    if (existing) throw new AppError("CONFLICT", "This source is already attached to the claim.");
    // A new source with a web address (or one whose copy failed) gets an archived copy, in the background.
    if (!source.archiveState || source.archiveState === "failed") await queueSourceArchive(tx, userId, source);
    const evidence = await tx.evidence.create({
      // Who attached it: in double review a reviewer's sources stay hidden from the other until both submitted.
      data: { unitId, sourceId: source.id, stance: data.stance, excerpt: data.excerpt, addedById: userId },
      include: { source: true },
    });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "unit.source.attach",
      entityType: "unit",
      entityId: unitId,
      documentId: unit.documentId,
      after: { sourceId: source.id, title: source.title, url: source.url, stance: data.stance, reused: !!found },
    });
    return toEvidenceView(evidence);
  }),
);
