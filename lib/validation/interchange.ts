// Schemas for the interchange formats: what an import must contain before it becomes a
// document, and Warrant's own lossless JSON (the ArgumentMap, lib/domain/argument-map.ts).
import { z } from "zod";
import { ZText } from "./text";
import { ORIGINS, RELATION_TYPES, REVIEW_STATUSES, STANCES, UNIT_KINDS, VERDICTS, type ReviewStatus } from "@/lib/domain/vocabulary";
import { LEGACY_REVIEW_STATUS } from "@/lib/domain/workflow";
import { ARGUMENT_RELATION_TYPES, ARGUMENT_ROLES, ARGUMENT_STATUSES, QUESTION_ANSWERS } from "@/lib/domain/argument-vocabulary";
import { ZId } from "./ids";
import { MAX_DOCUMENT_BYTES, MAX_IMPORT_RELATIONS, MAX_IMPORT_SOURCES, MAX_IMPORT_UNITS, MAX_RATIONALE_LENGTH, MAX_TITLE_LENGTH, TOO_LARGE } from "./limits";

/** Files exported before the team workflow carry the old status names: read them as the new ones. */
const LEGACY_STATUSES = Object.keys(LEGACY_REVIEW_STATUS) as (keyof typeof LEGACY_REVIEW_STATUS)[];
const status = z
  .enum([...REVIEW_STATUSES, ...LEGACY_STATUSES])
  .transform((s): ReviewStatus => (s in LEGACY_REVIEW_STATUS ? LEGACY_REVIEW_STATUS[s as keyof typeof LEGACY_REVIEW_STATUS] : (s as ReviewStatus)));

export const EXPORT_FORMATS = ["json", "argdown", "aif", "claimreview", "annotations", "csv", "markdown", "graphml", "dot"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const IMPORT_FORMATS = ["json", "argdown", "aif"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const ZExportInput = z.object({
  documentId: ZId("The document"),
  format: z.enum(EXPORT_FORMATS, { message: `Choose a format: ${EXPORT_FORMATS.join(", ")}.` }),
});

const nullableString = (max: number) =>
  ZText()
    .max(max)
    .nullish()
    .transform((v) => v ?? null);
const isoDate = ZText().regex(/^\d{4}-\d{2}-\d{2}/, "Use a date like 2024-07-12.");

export const ZMapSource = z.object({
  id: ZText().optional(),
  url: nullableString(2000),
  title: ZText().trim().min(1).max(MAX_TITLE_LENGTH),
  publisher: nullableString(200),
  publishedAt: isoDate.nullish().transform((v) => v ?? null),
  accessedAt: ZText()
    .max(40)
    .nullish()
    .transform((v) => v ?? null),
  stance: z.enum(STANCES).default("CONTEXT"),
  excerpt: nullableString(MAX_RATIONALE_LENGTH),
});
export type TMapSource = z.output<typeof ZMapSource>;

/** An Argdown title (`[label]`, `<label>`) or inference rule name kept from an imported file. */
export const MAX_LABEL_LENGTH = 200;

/** One unit of an imported file; `key` is the file's own id, used only to wire relations. */
export const ZImportedUnit = z.object({
  key: ZText().min(1).max(200),
  kind: z.enum(UNIT_KINDS).default("CLAIM"),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: nullableString(MAX_DOCUMENT_BYTES),
  /** Its Argdown title (`[label]`), kept for the export. */
  label: nullableString(MAX_LABEL_LENGTH),
  speaker: nullableString(200),
  verdict: z.enum(VERDICTS).default("UNREVIEWED"),
  rationale: nullableString(MAX_RATIONALE_LENGTH),
  status: status.default("OPEN"),
  origin: z.enum(ORIGINS).default("MANUAL"),
  checkworthy: z.number().min(0).max(1).default(0),
  opinion: z.number().min(0).max(1).default(0),
  signals: z.array(ZText().max(200)).max(100).default([]),
  sources: z.array(ZMapSource).max(200).default([]),
});

export const ZImportedRelation = z.object({
  from: ZText().min(1),
  to: ZText().min(1),
  type: z.enum(RELATION_TYPES),
  origin: z.enum(ORIGINS).default("MANUAL"),
  signals: z.array(ZText().max(200)).max(100).default([]),
});

/** An Argdown inference step's rules and data (`-- Modus ponens {uses: [1, 2]} --`); the data at most 2,000 characters as JSON. */
export const ZInferenceSteps = z
  .array(
    z.object({
      rules: z.array(ZText().trim().min(1).max(MAX_LABEL_LENGTH)).max(20),
      data: z
        .record(z.string(), z.unknown())
        .nullish()
        .transform((v) => v ?? null)
        .refine((v) => !v || JSON.stringify(v).length <= 2000, "An inference's data is too long."),
    }),
  )
  .max(200)
  .nullish()
  .transform((v) => v ?? null);

/** An argument of an imported file (Argdown's `<Argument>` with its PCS): statements name unit keys, or are implicit. */
export const ZImportedArgument = z.object({
  key: ZText().min(1).max(200),
  title: ZText().trim().min(1).max(MAX_TITLE_LENGTH),
  /** Its Argdown title (`<label>`) and its PCS's inference rules, kept for the export. */
  label: nullableString(MAX_LABEL_LENGTH),
  inference: ZInferenceSteps,
  schemeId: ZText()
    .max(100)
    .nullish()
    .transform((v) => v ?? null),
  status: z.enum(ARGUMENT_STATUSES).default("DRAFT"),
  statements: z
    .array(z.object({ key: ZText().min(1).max(200), role: z.enum(ARGUMENT_ROLES), unit: ZText().max(200).nullish(), text: ZText().max(MAX_RATIONALE_LENGTH) }))
    .max(200)
    .default([]),
  answers: z
    .array(z.object({ questionId: ZText().min(1).max(100), answer: z.enum(QUESTION_ANSWERS), note: nullableString(MAX_RATIONALE_LENGTH) }))
    .max(100)
    .default([]),
});

/** A relation with an argument or an implicit statement at one end: `unit` a unit key, `argument` an argument key, `statement` an implicit statement's key. */
const argumentEnd = z.object({
  unit: ZText().max(200).optional(),
  argument: ZText().max(200).optional(),
  statement: ZText().max(200).optional(),
  /** Only as a source: an objection's words (a failed critical question). */
  text: ZText().max(MAX_RATIONALE_LENGTH).optional(),
});
export const ZImportedArgumentRelation = z.object({
  type: z.enum(ARGUMENT_RELATION_TYPES),
  from: argumentEnd,
  to: argumentEnd,
  questionId: ZText().max(100).nullish(),
});

/** What every import parser (lib/formats) produces and the import use case stores. */
export const ZImportedDocument = z
  .object({
    title: ZText().trim().min(1, "The file has no title: give one.").max(MAX_TITLE_LENGTH),
    author: nullableString(200),
    publisher: nullableString(200),
    sourceUrl: nullableString(2000),
    publishedAt: isoDate.nullish().transform((v) => (v ? v.slice(0, 10) : null)),
    language: ZText()
      .max(20)
      .nullish()
      .transform((v) => v ?? null),
    text: ZText().min(1, "The file has no text and no statements."),
    units: z.array(ZImportedUnit),
    relations: z.array(ZImportedRelation),
    arguments: z.array(ZImportedArgument).max(MAX_IMPORT_UNITS).default([]),
    argumentRelations: z.array(ZImportedArgumentRelation).max(MAX_IMPORT_RELATIONS).default([]),
  })
  .superRefine((d, ctx) => {
    // Counts per import (lib/validation/limits.ts): past them, a 413 before anything is saved.
    const sources = d.units.reduce((n, u) => n + u.sources.length, 0);
    const over = (what: string, count: number, max: number) =>
      `The file has ${count.toLocaleString("en")} ${what}; one import takes at most ${max.toLocaleString("en")}.`;
    if (d.units.length > MAX_IMPORT_UNITS)
      ctx.addIssue({ code: "custom", path: ["units"], message: over("statements", d.units.length, MAX_IMPORT_UNITS), ...TOO_LARGE });
    if (d.relations.length > MAX_IMPORT_RELATIONS)
      ctx.addIssue({ code: "custom", path: ["relations"], message: over("relations", d.relations.length, MAX_IMPORT_RELATIONS), ...TOO_LARGE });
    if (sources > MAX_IMPORT_SOURCES)
      ctx.addIssue({ code: "custom", path: ["units"], message: over("attached sources", sources, MAX_IMPORT_SOURCES), ...TOO_LARGE });
    const keys = new Set<string>();
    d.units.forEach((u, i) => {
      if (u.end > d.text.length || u.start >= u.end) ctx.addIssue({ code: "custom", path: ["units", i], message: `Unit ${u.key} is outside the text.` });
      if (keys.has(u.key)) ctx.addIssue({ code: "custom", path: ["units", i], message: `Unit ${u.key} appears twice.` });
      keys.add(u.key);
    });
    d.relations.forEach((r, i) => {
      if (!keys.has(r.from) || !keys.has(r.to))
        ctx.addIssue({ code: "custom", path: ["relations", i], message: `A relation points at a missing statement (${r.from} -> ${r.to}).` });
    });
    const args = new Set(d.arguments.map((a) => a.key));
    const statementKeys = new Set(d.arguments.flatMap((a) => a.statements.map((s) => s.key)));
    d.arguments.forEach((a, i) => {
      if (a.statements.some((s) => s.unit && !keys.has(s.unit)))
        ctx.addIssue({ code: "custom", path: ["arguments", i], message: `Argument ${a.key} names a missing statement.` });
    });
    const known = (e: { unit?: string; argument?: string; statement?: string; text?: string }) =>
      [e.unit, e.argument, e.statement, e.text].filter((x) => x !== undefined).length === 1 &&
      (e.unit === undefined || keys.has(e.unit)) &&
      (e.argument === undefined || args.has(e.argument)) &&
      (e.statement === undefined || statementKeys.has(e.statement));
    d.argumentRelations.forEach((r, i) => {
      if (!known(r.from) || !known(r.to) || r.from.statement !== undefined || r.to.text !== undefined)
        ctx.addIssue({ code: "custom", path: ["argumentRelations", i], message: "A relation points at a missing argument or statement." });
      if (r.type === "UNDERCUTS" && r.to.argument === undefined)
        ctx.addIssue({ code: "custom", path: ["argumentRelations", i], message: "An undercut attacks an argument." });
      if (r.type === "UNDERMINES" && r.to.statement === undefined)
        ctx.addIssue({ code: "custom", path: ["argumentRelations", i], message: "An undermine attacks a statement of an argument." });
    });
  });
export type TImportedDocument = z.input<typeof ZImportedDocument>;
export type TImportedDocumentData = z.output<typeof ZImportedDocument>;

/** Warrant's own export (format "warrant.argument-map", version 1), validated on re-import. */
export const ZArgumentMapFile = z.object({
  format: z.literal("warrant.argument-map", { message: "This is not a Warrant JSON export." }),
  version: z.literal(1, { message: "This Warrant JSON version is not supported." }),
  document: z.object({
    title: ZText(),
    author: ZText().nullable(),
    publisher: ZText().nullable(),
    sourceUrl: ZText().nullable(),
    publishedAt: ZText().nullable(),
    language: ZText(),
    text: ZText(),
  }),
  nodes: z.array(
    ZImportedUnit.omit({ key: true, text: true }).extend({
      id: ZText(),
      text: ZText(),
      exact: ZText(),
      /** The normalised wording (null: none). Absent in files exported before it had a field of its own. */
      checked: ZText().max(MAX_DOCUMENT_BYTES).nullable().optional(),
    }),
  ),
  edges: z.array(ZImportedRelation.extend({ id: ZText() })),
  /** Reconstructed arguments (files from before issue 16 have none). */
  arguments: z
    .array(
      z.object({
        id: ZText(),
        title: ZText(),
        label: ZText().max(MAX_LABEL_LENGTH).nullish(),
        inference: ZInferenceSteps,
        schemeId: ZText().nullable(),
        status: z.enum(ARGUMENT_STATUSES),
        statements: z.array(z.object({ id: ZText(), role: z.enum(ARGUMENT_ROLES), unitId: ZText().nullable(), text: ZText() })),
        answers: z.array(z.object({ questionId: ZText(), answer: z.enum(QUESTION_ANSWERS), note: ZText().nullable() })),
      }),
    )
    .default([]),
  argumentRelations: z
    .array(
      z.object({
        type: z.enum(ARGUMENT_RELATION_TYPES),
        from: z.object({ argumentId: ZText().nullable(), unitId: ZText().nullable(), text: ZText().nullable() }),
        to: z.object({ argumentId: ZText().nullable(), statementId: ZText().nullable(), unitId: ZText().nullable() }),
        questionId: ZText().nullable(),
      }),
    )
    .default([]),
});
