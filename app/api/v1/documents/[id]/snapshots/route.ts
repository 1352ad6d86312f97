import { apiRoute } from "@/lib/server/api";
import { listSnapshots } from "@/lib/server/use-cases/check-for-changes";

// GET -> {snapshots: [{id, fetchedAt, finalUrl, rawSha256, textSha256, textChanged}], latest: {…,
// unchanged: [unitId], moved: [unitId], changed: [{id, before, after}], gone: [{id, before}],
// passages: [{type: added|removed|changed, before, after}]} | null}.
export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) => Response.json(await listSnapshots({ userId: user.id, input: { documentId: id } })));
