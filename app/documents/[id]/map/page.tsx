import type { Metadata } from "next";
import { ArgumentMapView } from "@/components/map/argument-map-view";
import { can } from "@/lib/domain/policy";
import { openDocumentPage, orNotFound, type DocumentPageProps } from "@/lib/server/pages";
import { getArgumentMap } from "@/lib/server/use-cases/get-argument-map";

export const metadata: Metadata = { title: "Argument map" };

export default async function ArgumentMapPage(props: DocumentPageProps) {
  const { id, user, unitId } = await openDocumentPage(props, "/map");
  const found = await orNotFound(getArgumentMap({ userId: user.id, input: { documentId: id } }));
  return (
    <ArgumentMapView
      document={found.document}
      sourcesByUnit={found.sourcesByUnit}
      initialPositions={found.positions}
      initialArguments={{ arguments: found.map.arguments ?? [], relations: found.map.argumentRelations ?? [] }}
      canEdit={can(found.role, "relation.edit")}
      canReview={can(found.role, "unit.review")}
      initialUnitId={unitId}
      meId={user.id}
    />
  );
}
