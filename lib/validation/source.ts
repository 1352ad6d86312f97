import { z } from "zod";
import { ZText } from "./text";
import { STANCES } from "@/lib/domain/vocabulary";
import { ZHttpUrl } from "./document";
import { ZId } from "./ids";

const optional = (max: number) =>
  ZText()
    .trim()
    .max(max, `Keep this under ${max} characters.`)
    .nullish()
    .transform((v) => (v ? v : null));
const date = z
  .union([z.literal(""), z.iso.date({ message: "Use a date like 2024-07-12." })])
  .nullish()
  .transform((v) => (v ? v : null));

/** Attach a source to a unit: an existing workspace source (sourceId), or a new one. */
export const ZAttachSourceInput = z
  .object({
    unitId: ZId("The unit"),
    sourceId: ZId("The source").optional(),
    url: z
      .union([z.literal(""), ZHttpUrl])
      .nullish()
      .transform((v) => (v ? v : null)),
    title: ZText().trim().max(500, "Keep the title under 500 characters.").optional().default(""),
    publisher: optional(200),
    publishedAt: date,
    accessedAt: date,
    excerpt: optional(5000),
    stance: z.enum(STANCES, { message: "Stance is supports, refutes or context." }),
  })
  .refine((v) => v.sourceId || v.title, { message: "Give the source a title (or pick an existing source).", path: ["title"] });
export type TAttachSourceInput = z.input<typeof ZAttachSourceInput>;

export const ZDetachSourceInput = z.object({ unitId: ZId("The unit"), sourceId: ZId("The source") });

/** Attach the sources of a reviewed claim (e.g. a similar one in another document) to this unit. */
export const ZReuseSourcesInput = z.object({ unitId: ZId("The unit"), fromUnitId: ZId("The reviewed claim") });

export const ZSearchSourcesInput = z.object({ unitId: ZId("The unit"), q: ZText().max(1000).default("") });

const commentBody = ZText().trim().min(1, "Write something first.").max(10_000, "Keep the comment under 10,000 characters.");

export const ZAddCommentInput = z.object({ unitId: ZId("The unit"), body: commentBody });
export type TAddCommentInput = z.input<typeof ZAddCommentInput>;

export const ZEditCommentInput = z.object({ commentId: ZId("The comment"), body: commentBody });

export const ZResolveCommentInput = z.object({ commentId: ZId("The comment"), resolved: z.boolean({ message: "Say whether the comment is resolved." }) });
