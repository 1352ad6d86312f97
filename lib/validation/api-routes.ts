// The REST API's routes, one entry each: what the OpenAPI document (openapi.ts) is generated
// from. Bodies and query strings are the zod schemas the use cases parse, so the document cannot
// drift from what the server accepts; openapi.test.ts checks this table against app/api/v1.
import type { ApiRoute } from "./api-routes-types";
import { ACCOUNT_ROUTES, WORKSPACE_ROUTES } from "./api-routes-accounts";
import { ARGUMENT_ROUTES } from "./api-routes-arguments";
import {
  DOCUMENT_LIVE_ROUTES,
  DOCUMENT_REMOVAL_ROUTES,
  DOCUMENT_ROUTES,
  PUBLICATION_ROUTES,
  SEARCH_ROUTES,
  WORKSPACE_DOCUMENT_ROUTES,
} from "./api-routes-documents";
import { EXPORT_ROUTES, IMPORT_ROUTES } from "./api-routes-interchange";
import { ACTIVITY_ROUTES, ASSIGNMENT_ROUTES, REVIEW_SETTINGS_ROUTES, WORKFLOW_ROUTES } from "./api-routes-team";
import { MAP_ROUTES, RELATION_ROUTES, SOURCE_ARCHIVE_ROUTES, UNIT_ROUTES } from "./api-routes-units";

export type { ApiRoute, HttpMethod, RoutePermission } from "./api-routes-types";

// The parts keep the table's order, which is the OpenAPI document's (paths and tags in order of
// first appearance) and what the fuzz bench's seeded picks depend on.
export const API_ROUTES: ApiRoute[] = [
  ...ACCOUNT_ROUTES,
  ...WORKSPACE_ROUTES,
  ...WORKSPACE_DOCUMENT_ROUTES,
  ...IMPORT_ROUTES,
  ...DOCUMENT_ROUTES,
  ...SOURCE_ARCHIVE_ROUTES,
  ...EXPORT_ROUTES,
  ...DOCUMENT_LIVE_ROUTES,
  ...UNIT_ROUTES,
  ...REVIEW_SETTINGS_ROUTES,
  ...DOCUMENT_REMOVAL_ROUTES,
  ...ASSIGNMENT_ROUTES,
  ...PUBLICATION_ROUTES,
  ...WORKFLOW_ROUTES,
  ...RELATION_ROUTES,
  ...ARGUMENT_ROUTES,
  ...MAP_ROUTES,
  ...ACTIVITY_ROUTES,
  ...SEARCH_ROUTES,
];
