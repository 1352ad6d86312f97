import { z } from "zod";
import { VERDICTS } from "@/lib/domain/verdict";
import { MAX_RATIONALE_LENGTH } from "./limits";

export const ZSetVerdictInput = z.object({
  version: z.number({ message: "The version you read is required." }).int().positive(),
  verdict: z.enum(VERDICTS, { message: "Choose Supported, Disputed, Opinion or Unreviewed." }),
  rationale: z
    .string()
    .max(MAX_RATIONALE_LENGTH, `Keep the rationale under ${MAX_RATIONALE_LENGTH} characters.`)
    .nullish()
    .transform((v) => (v?.trim() ? v.trim() : null)),
});
export type TSetVerdictInput = z.input<typeof ZSetVerdictInput>;
