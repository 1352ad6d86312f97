import "server-only";
import type { PresenceView } from "@/lib/domain/presence";
import { ZListPresenceInput } from "@/lib/validation/presence";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { presentOn } from "../presence";
import { defineUseCase } from "../use-case";

/** The people who have the document open now (live tabs only), with the claim each has selected. */
export const listPresence = defineUseCase(
  ZListPresenceInput,
  async ({ userId, input: { documentId } }, options: { now?: Date } = {}): Promise<PresenceView[]> => {
    await requireDocumentAccess(db, userId, documentId, "workspace.read");
    return presentOn(db, documentId, options.now ?? new Date());
  },
);
