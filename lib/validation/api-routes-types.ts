// The shape of one entry of the route table (api-routes.ts), and the path-parameter mappings
// (`fromPath`) its parts (api-routes-*.ts) share: a file of its own, so that the parts and the
// table, which imports them, have no cycle.
import type { z } from "zod";
import type { Action } from "@/lib/domain/policy";

export type HttpMethod = "get" | "post" | "patch" | "put" | "delete";

/**
 * Who may call a route: a policy action (lib/domain/policy.ts), which the caller's role in the
 * workspace of the record the route names must allow (a member without it: 403; not a member:
 * 404); "signed-in": any account, on its own records (its tokens, queue, notifications, search);
 * "anyone": no sign-in needed (the route is `public`).
 */
export type RoutePermission = Action | "signed-in" | "anyone";

export interface ApiRoute {
  /** Under /api/v1; path parameters in braces, as OpenAPI writes them. */
  path: string;
  method: HttpMethod;
  tag: string;
  summary: string;
  /** Status of a successful answer. */
  ok: number;
  /**
   * What the caller needs (documented in the OpenAPI description). e2e/permission-matrix.spec.ts
   * derives each role's expected status from it with `can`; a route whose body decides the
   * permission (PATCH /units/{id}) names the least one, and the spec tests the others too.
   */
  permission: RoutePermission;
  /** The schema the JSON body is parsed with; a list when any one of several bodies is accepted. */
  body?: z.ZodType | z.ZodType[];
  /** The schema the query string is parsed with. */
  query?: z.ZodType;
  /**
   * Input properties the REST API takes from the path, by path parameter: `{ id: "unitId" }`
   * means {id} fills the input's `unitId`. Use-case inputs carry their entity ids, but a client
   * of the API puts them in the URL: the document leaves them out of the body and query.
   */
  fromPath?: Record<string, string>;
  /** Answers without sign-in. */
  public?: boolean;
  /** Media type of an answer that is not JSON (a download, a stream). */
  produces?: string;
  /** Also takes multipart/form-data: an uploaded `file`, or a `url`. */
  multipart?: boolean;
}

// `fromPath` values that several parts use.
export const workspace = { id: "workspaceId" };
export const document = { id: "documentId" };
export const unit = { id: "unitId" };
