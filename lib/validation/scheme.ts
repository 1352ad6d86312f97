import { z } from "zod";

// The shape of the scheme catalogue (lib/domain/schemes/walton.json), checked by schemes.test.ts.
const ZCriticalQuestion = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    text: z.string().min(10).endsWith("?"),
    attacks: z.enum(["premise", "inference"]),
    premise: z.number().int().min(0).optional(),
  })
  .strict()
  .refine((q) => (q.attacks === "premise") === (q.premise !== undefined), { message: "A premise question names its premise; an inference question none." });

export const ZScheme = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: z.string().min(3),
    aif: z.string().min(3),
    premises: z.array(z.object({ role: z.string().min(3), template: z.string().min(10) }).strict()).min(1),
    conclusion: z.string().min(5),
    criticalQuestions: z.array(ZCriticalQuestion).min(2),
    reference: z.object({ page: z.string().regex(/^\d+(–\d+)?$/), section: z.string().min(1) }).strict(),
    keywords: z.array(z.string().min(2)),
  })
  .strict()
  .superRefine((s, ctx) => {
    const ids = s.criticalQuestions.map((q) => q.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", message: `${s.id}: critical question ids repeat` });
    for (const q of s.criticalQuestions) {
      if (q.premise !== undefined && q.premise >= s.premises.length) ctx.addIssue({ code: "custom", message: `${s.id}/${q.id}: no premise ${q.premise}` });
    }
  });

export const ZSchemeCatalogue = z
  .object({ source: z.string().includes("Argumentation Schemes"), note: z.string(), schemes: z.array(ZScheme).min(20) })
  .strict()
  .superRefine((c, ctx) => {
    for (const key of ["id", "aif"] as const) {
      const values = c.schemes.map((s) => s[key]);
      const dup = values.find((v, i) => values.indexOf(v) !== i);
      if (dup) ctx.addIssue({ code: "custom", message: `two schemes share the ${key} ${dup}` });
    }
  });
