import "server-only";
import { matchesFilters } from "@/lib/domain/filters";
import { ZUnitQuery } from "@/lib/validation/unit-query";
import { getDocument } from "./get-document";
import { toUnitView } from "../views";

/** A document's units, filtered by the same rules as the workbench's filter bar. */
export async function listUnits({ userId, documentId, query }: { userId: string; documentId: string; query: Record<string, string> }) {
  const filters = ZUnitQuery.parse(query);
  const { document } = await getDocument({ userId, documentId });
  return document.units.map(toUnitView).filter((u) => matchesFilters(u, filters));
}
