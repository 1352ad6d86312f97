import "server-only";
import { approvalInUse, isPublishable } from "@/lib/domain/report";
import type { PublishStateView } from "@/lib/domain/views-publication";
import { ZDocumentRef } from "@/lib/validation/document";
import { actionBaseUrl } from "../base-url";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { publicationInclude, toPublicationView } from "../publications";
import { defineUseCase } from "../use-case";

/** A document's report for a member of its workspace: where it is, which version, and what publishing now would include. */
export const getPublication = defineUseCase(
  ZDocumentRef,
  async ({ userId, input: { documentId } }, options: { baseUrl?: string } = {}): Promise<PublishStateView> => {
    await requireDocumentAccess(db, userId, documentId, "workspace.read");
    const baseUrl = options.baseUrl ?? (await actionBaseUrl());
    const [row, units] = await Promise.all([
      db.publication.findUnique({ where: { documentId }, include: publicationInclude }),
      db.unit.findMany({ where: { documentId }, select: { verdict: true, status: true } }),
    ]);
    const approved = units.filter((u) => isPublishable(u, true)).length;
    const reviewed = units.filter((u) => isPublishable(u, false)).length;
    return {
      publication: row && row.versions.length > 0 ? toPublicationView(row, baseUrl) : null,
      defaults: { onlyApproved: approvalInUse(units.map((u) => u.status)), showReviewers: false },
      counts: { approved, reviewed },
    };
  },
);
