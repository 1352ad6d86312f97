import { apiRoute } from "@/lib/server/api";
import { getAgreement } from "@/lib/server/use-cases/get-agreement";

// GET -> {doubleReviewed, agreed, percentAgreement, kappa, pairs: [{reviewers, items, percentAgreement, kappa}]}.
export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) => Response.json(await getAgreement({ userId: user.id, input: { documentId: id } })));
