// One valid call per REST route (lib/validation/api-routes.ts), keyed "METHOD /path": how to make
// its path ids, query and body for a caller, with fresh records wherever the call changes or
// deletes something, so the cases of a route can run at once and in any order. The permission
// matrix sends each call as every kind of caller; the cross-workspace sweep swaps in another
// workspace's ids. A route without a row here fails both suites.
import { can, type Action } from "@/lib/domain/policy";
import type { RoutePermission } from "@/lib/validation/api-routes";
import { post, type Caller, type RoleFixture } from "./api-fixtures";
import { archivedSource, argument, freshDocument, memberFor, owner, ownJob, relation, reviewedUnit, self, sourceWithUrl, unit } from "./api-records";
import type { Call } from "./api-send";
import { ARTICLE, PASSWORD, uniqueEmail } from "./fixtures";

export { expectErrorBody, readStream, routeKey, send, type Answer, type Call } from "./api-send";

type Prepare = (f: RoleFixture, caller: Caller) => Promise<Call> | Call;
export interface Variant {
  /** Shown in the test's messages when a route has several calls. */
  name: string;
  /** When the body decides the permission (PATCH /units/{id}), the one this call needs. */
  permission?: Action;
  prepare: Prepare;
}

/** The status a caller must get, from the route's permission and the one permission table. */
export function expectedStatus(permission: RoutePermission, caller: Caller, ok: number): number {
  if (permission === "anyone") return ok;
  if (caller === "anonymous") return 401;
  if (permission === "signed-in") return ok;
  if (caller === "non-member") return 404; // isolation: another workspace's records do not exist
  return can(caller, permission) ? ok : 403;
}

const ws = (f: RoleFixture) => ({ params: { id: f.workspaceId } });
const doc = (f: RoleFixture) => ({ params: { id: f.documentId } });

const one = (prepare: Prepare): Variant[] => [{ name: "", prepare }];
const none = one(() => ({}));

export const CALLS: Record<string, Variant[]> = {
  "POST /auth/signup": one(() => ({ body: { name: "New Person", email: uniqueEmail("signup"), password: PASSWORD } })),
  "POST /tokens": one((f, c) => ({ body: { name: "matrix", email: self(f, c).email, password: PASSWORD } })),
  "GET /tokens": none,
  "DELETE /tokens/{id}": one(async (f, c) => {
    const created = await post<{ id: string }>(f.world.anon, "/tokens", { name: "to revoke", email: self(f, c).email, password: PASSWORD });
    return { params: { id: created.id } };
  }),
  "GET /workspaces": none,
  "POST /workspaces": one(() => ({ body: { name: "Another desk" } })),
  "GET /workspaces/{id}": one(ws),
  "PATCH /workspaces/{id}": one(async (f) => ({ ...ws(f), body: { assignedOnly: false } })),
  "GET /workspaces/{id}/members": one(ws),
  "PATCH /workspaces/{id}/members/{userId}": one(async (f, c) => ({
    params: { id: f.workspaceId, userId: await memberFor(f, c) },
    body: { role: "REVIEWER" },
  })),
  "DELETE /workspaces/{id}/members/{userId}": one(async (f, c) => ({ params: { id: f.workspaceId, userId: await memberFor(f, c) } })),
  "POST /workspaces/{id}/invitations": one((f) => ({ ...ws(f), body: { email: uniqueEmail("invitee"), role: "VIEWER" } })),
  "GET /workspaces/{id}/invitations": one(ws),
  "DELETE /invitations/{id}": one(async (f) => {
    const { id } = await post<{ id: string }>(owner(f), `/workspaces/${f.workspaceId}/invitations`, { email: uniqueEmail("revoked"), role: "VIEWER" });
    return { params: { id } };
  }),
  // An invitation to the caller's own email, into a new workspace of someone else.
  "POST /invitations/accept": one(async (f, c) => {
    const invitee = self(f, c);
    const inviter = invitee === f.stranger ? f.members.OWNER : f.stranger;
    const w = await post<{ id: string }>(inviter.api, "/workspaces", { name: "Inviting desk" });
    const { url } = await post<{ url: string }>(inviter.api, `/workspaces/${w.id}/invitations`, { email: invitee.email, role: "VIEWER" });
    return { body: { token: url } };
  }),
  "GET /workspaces/{id}/documents": one(ws),
  "POST /workspaces/{id}/documents": one((f) => ({ ...ws(f), body: { title: "Imported", text: ARTICLE } })),
  "POST /workspaces/{id}/imports": one((f) => ({ ...ws(f), body: { title: "Imported", text: ARTICLE } })),
  "GET /documents/{id}": one(doc),
  "GET /documents/{id}/export": one((f) => ({ ...doc(f), query: { format: "json" } })),
  "GET /documents/{id}/events": one(doc),
  "GET /documents/{id}/presence": one(doc),
  "POST /documents/{id}/presence": one((f, c) => ({ ...doc(f), body: { connectionId: `matrix-${c}` } })),
  "DELETE /documents/{id}/presence": one((f, c) => ({ ...doc(f), query: { connectionId: `matrix-${c}` } })),
  "GET /documents/{id}/units": one(doc),
  "POST /documents/{id}/units": one((f) => ({ ...doc(f), body: { start: 4, end: 13 } })),
  "PATCH /units/{id}": [
    {
      name: "verdict",
      permission: "unit.review",
      prepare: async (f) => {
        const u = await unit(f);
        return { params: { id: u.id }, body: { version: u.version, verdict: "DISPUTED", rationale: "The budget table says 10 percent." } };
      },
    },
    {
      name: "kind",
      permission: "unit.edit",
      prepare: async (f) => {
        const u = await unit(f);
        return { params: { id: u.id }, body: { version: u.version, kind: "PREMISE" } };
      },
    },
    {
      name: "assignee",
      permission: "unit.assign",
      prepare: async (f) => {
        const u = await unit(f);
        return { params: { id: u.id }, body: { version: u.version, assigneeId: f.members.REVIEWER.id } };
      },
    },
  ],
  "DELETE /units/{id}": one(async (f) => {
    const u = await unit(f);
    return { params: { id: u.id }, query: { version: String(u.version) } };
  }),
  "POST /units/{id}/sources": one(async (f) => ({ params: { id: (await unit(f)).id }, body: { title: "Committee minutes", stance: "SUPPORTS" } })),
  "POST /units/{id}/comments": one(async (f) => ({ params: { id: (await unit(f)).id }, body: { body: "Which committee?" } })),
  "PATCH /documents/{id}": one((f) => ({ ...doc(f), body: { doubleReview: false } })),
  "POST /documents/{id}/archive": one(async (f) => ({ params: { id: await freshDocument(f) }, body: { archived: true } })),
  "POST /documents/{id}/refresh": one(async (f) => ({
    params: {
      id: (
        await post<{ id: string }>(owner(f), `/workspaces/${f.workspaceId}/documents`, {
          title: "Watched",
          text: ARTICLE,
          sourceUrl: "https://example.org/watched",
        })
      ).id,
    },
  })),
  "GET /documents/{id}/snapshots": one(doc),
  "GET /sources/{id}/archive": one(async (f) => ({ params: { id: await archivedSource(f) } })),
  "POST /sources/{id}/archive": one(async (f) => ({ params: { id: await sourceWithUrl(f) } })),
  "DELETE /documents/{id}": one(async (f) => ({ params: { id: await freshDocument(f) } })),
  "POST /documents/{id}/assignments": one(async (f) => ({
    ...doc(f),
    body: { unitIds: [(await unit(f)).id], reviewerIds: [f.members.REVIEWER.id], strategy: "explicit" },
  })),
  "DELETE /documents/{id}/assignments": one(async (f) => ({ ...doc(f), body: { unitIds: [(await unit(f)).id] } })),
  "GET /documents/{id}/agreement": one(doc),
  "GET /documents/{id}/publication": one(doc),
  "POST /documents/{id}/publication": one(async (f) => ({ params: { id: await freshDocument(f) }, body: { onlyApproved: false, showReviewers: true } })),
  "DELETE /documents/{id}/publication": one(async (f) => {
    const id = await freshDocument(f);
    await post(owner(f), `/documents/${id}/publication`, {});
    return { params: { id } };
  }),
  "POST /units/{id}/transitions": [
    {
      name: "start",
      permission: "unit.review",
      prepare: async (f) => {
        const u = await unit(f);
        return { params: { id: u.id }, body: { version: u.version, to: "IN_REVIEW" } };
      },
    },
    {
      name: "approve",
      permission: "unit.approve",
      prepare: async (f) => {
        const u = await reviewedUnit(f);
        return { params: { id: u.id }, body: { version: u.version, to: "APPROVED" } };
      },
    },
  ],
  "GET /queue": none,
  "POST /documents/{id}/relations": one(async (f) => {
    const [a, b] = await Promise.all([unit(f), unit(f)]);
    return { ...doc(f), body: { fromId: a.id, toId: b.id, type: "ATTACKS" } };
  }),
  "PATCH /relations/{id}": one(async (f) => ({ params: { id: await relation(f) }, body: { type: "ATTACKS" } })),
  "DELETE /relations/{id}": one(async (f) => ({ params: { id: await relation(f) } })),
  "GET /documents/{id}/arguments": one(doc),
  "POST /documents/{id}/arguments": one(async (f) => {
    const [a, b] = await Promise.all([unit(f), unit(f)]);
    return { ...doc(f), body: { statements: [{ unitId: a.id }, { text: "The committee knows its budget." }, { unitId: b.id }] } };
  }),
  "GET /arguments/{id}": one(async (f) => ({ params: { id: (await argument(f)).id } })),
  "PATCH /arguments/{id}": one(async (f) => {
    const a = await argument(f);
    return { params: { id: a.id }, body: { version: a.version, title: "Renamed", schemeId: "analogy" } };
  }),
  "DELETE /arguments/{id}": one(async (f) => {
    const a = await argument(f);
    return { params: { id: a.id }, query: { version: String(a.version) } };
  }),
  "POST /arguments/{id}/answers": one(async (f) => {
    const a = await argument(f);
    return { params: { id: a.id }, body: { version: a.version, questionId: "field", answer: "HOLDS", note: "Chairs the committee." } };
  }),
  "POST /arguments/{id}/objections": one(async (f) => {
    const a = await argument(f);
    return { params: { id: a.id }, body: { version: a.version, questionId: "backup-evidence" } };
  }),
  "DELETE /argument-relations/{id}": one(async (f) => {
    const a = await argument(f);
    const { relation } = await post<{ relation: { id: string } }>(owner(f), `/arguments/${a.id}/objections`, {
      version: a.version,
      questionId: "backup-evidence",
    });
    return { params: { id: relation.id } };
  }),
  "GET /documents/{id}/map": one(doc),
  "GET /documents/{id}/map/layout": one(doc),
  "PUT /documents/{id}/map/layout": one(async (f) => ({ ...doc(f), body: { positions: { [(await unit(f)).id]: { x: 10, y: 20 } } } })),
  "GET /me/events": none,
  "GET /jobs/{id}": one(async (f, c) => ({ params: { id: await ownJob(f, c) } })),
  "GET /jobs/{id}/events": one(async (f, c) => ({ params: { id: await ownJob(f, c) } })),
  "GET /documents/{id}/activity": one(doc),
  "GET /workspaces/{id}/activity": one(ws),
  "GET /notifications": none,
  "POST /notifications/read": one(() => ({ body: { all: true } })),
  "GET /search": one((f) => ({ query: { q: "committee", page: "1", document: f.documentId, verdict: "UNREVIEWED", kind: "CLAIM", archived: "false" } })),
};
