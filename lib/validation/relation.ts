import { z } from "zod";
import { ZText } from "./text";
import { RELATION_TYPES } from "@/lib/domain/vocabulary";
import { ZId } from "./ids";

/** Most node positions one map may store: far above any real document, small enough to bound a request. */
export const MAX_MAP_POSITIONS = 20_000;
/** Map coordinates are pixels; anything beyond this is a client bug, not a layout. */
const MAX_COORDINATE = 10_000_000;

const relationType = z.enum(RELATION_TYPES, { message: "Choose Supports, Attacks, Cites or Rephrases." });

export const ZCreateRelationInput = z
  .object({
    documentId: ZId("The document"),
    fromId: ZId("The unit the relation starts from"),
    toId: ZId("The unit the relation points to"),
    type: relationType,
  })
  // A unit supporting or attacking itself says nothing; refuse it before touching the database.
  .refine((v) => v.fromId !== v.toId, { message: "A relation needs two different units.", path: ["toId"] });
export type TCreateRelationInput = z.input<typeof ZCreateRelationInput>;

export const ZUpdateRelationInput = z.object({
  relationId: ZId("The relation"),
  type: relationType,
  /** The type the editor read; when given and stale, the change is refused with the current relation (409). */
  expectedType: relationType.optional(),
});
export type TUpdateRelationInput = z.input<typeof ZUpdateRelationInput>;

const coordinate = z.number({ message: "Positions are numbers." }).finite().min(-MAX_COORDINATE).max(MAX_COORDINATE);

export const ZDeleteRelationInput = z.object({ relationId: ZId("The relation") });

export const ZSaveMapLayoutInput = z.object({
  documentId: ZId("The document"),
  positions: z
    .record(ZText().min(1).max(100), z.object({ x: coordinate, y: coordinate }))
    .refine((p) => Object.keys(p).length <= MAX_MAP_POSITIONS, `At most ${MAX_MAP_POSITIONS} positions per map.`),
  /** true: these positions are the whole layout (e.g. after "re-layout"); false: merge into the stored ones. */
  replace: z.boolean().default(false),
});
export type TSaveMapLayoutInput = z.input<typeof ZSaveMapLayoutInput>;
