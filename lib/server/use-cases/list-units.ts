import "server-only";
import { z } from "zod";
import { matchesFilters } from "@/lib/domain/filters";
import type { UnitView } from "@/lib/domain/views";
import { ZId } from "@/lib/validation/ids";
import { ZUnitQuery } from "@/lib/validation/unit-query";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { loadDocumentView } from "./get-document";

/** GET /documents/{id}/units: the query string's filters (all optional). */
const ZListUnitsInput = z.object({ documentId: ZId("The document"), query: ZUnitQuery.optional() });

/** A document's units, filtered by the same rules as the workbench's filter bar. */
export const listUnits = defineUseCase(ZListUnitsInput, async ({ userId, input: { documentId, query } }): Promise<UnitView[]> => {
  await requireDocumentAccess(db, userId, documentId, "workspace.read");
  const document = await loadDocumentView(db, documentId, userId);
  return query ? document.units.filter((u) => matchesFilters(u, query)) : document.units;
});
