import { apiRoute, readJsonObject } from "@/lib/server/api";
import { answerCriticalQuestion } from "@/lib/server/use-cases/answer-critical-question";

// POST {version, questionId, answer: HOLDS|FAILS|UNKNOWN, note?} -> 200 with the argument.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await answerCriticalQuestion({ userId: user.id, input: { ...(await readJsonObject(req)), argumentId: id } })),
);
