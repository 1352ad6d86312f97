// The REST API as an OpenAPI 3.1 document, served at /api/v1/openapi.json and rendered at
// /api-docs. Generated from the route table (api-routes.ts): request bodies and query parameters
// are the JSON Schema of the zod schemas the server parses with (zod's own conversion, input
// side: what a client sends, before defaults and transforms). Responses stay generic objects.
import { z } from "zod";
import { can } from "@/lib/domain/policy";
import { ROLES } from "@/lib/domain/vocabulary";
import { API_ROUTES, type ApiRoute, type RoutePermission } from "./api-routes";
import { IMPORT_FORMATS } from "./interchange";

type JsonSchema = z.core.JSONSchema.JSONSchema;

const string: JsonSchema = { type: "string" };

const ERRORS: Record<string, string> = {
  "400": "Invalid input (error.fields per field)",
  "401": "Not signed in, or a bad token",
  "403": "Your role does not allow this",
  "404": "Not found (or outside your workspaces)",
  "409": "Conflict (stale version, duplicate)",
  "413": "Too large",
  "415": "Unsupported media type",
  "429": "Too many attempts",
};

/** The upload form read by lib/server/ingest/read-upload.ts: a file or a url, and optional fields. */
const MULTIPART_UPLOAD: JsonSchema = {
  type: "object",
  properties: { file: { type: "string", format: "binary" }, url: string, format: { type: "string", enum: [...IMPORT_FORMATS] }, title: string },
};

function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  // A type JSON Schema cannot express (a Date, a custom check) becomes {} instead of failing the
  // whole document; refinements are simply not shown, transforms show the input they take.
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  delete json.$schema; // the document's dialect is OpenAPI 3.1's
  return json;
}

/** The schema's top-level alternatives: a union's members, or the schema itself. */
function variants(schema: JsonSchema): JsonSchema[] {
  return schema.anyOf ?? schema.oneOf ?? [schema];
}

/** The schema without the named properties, in every alternative. */
function omitProperties(schema: JsonSchema, names: string[]): JsonSchema {
  if (schema.anyOf) return { ...schema, anyOf: schema.anyOf.map((s) => omitProperties(s, names)) };
  if (schema.oneOf) return { ...schema, oneOf: schema.oneOf.map((s) => omitProperties(s, names)) };
  if (!schema.properties) return schema;
  const { properties, required, ...rest } = schema;
  const kept = required?.filter((name) => !names.includes(name)) ?? [];
  return {
    ...rest,
    properties: Object.fromEntries(Object.entries(properties).filter(([name]) => !names.includes(name))),
    ...(kept.length ? { required: kept } : {}),
  };
}

function inputSchemas(r: ApiRoute): { body?: JsonSchema; query?: JsonSchema } {
  const body = r.body === undefined ? undefined : Array.isArray(r.body) ? { anyOf: r.body.map(jsonSchemaOf) } : jsonSchemaOf(r.body);
  return { body, query: r.query && jsonSchemaOf(r.query) };
}

/** A path parameter's schema is that of the input property it fills, when an input has it. */
function pathParameters(r: ApiRoute, inputs: JsonSchema[]) {
  return [...r.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => {
    const property = r.fromPath?.[name!];
    const schema =
      property &&
      inputs
        .flatMap(variants)
        .map((s) => s.properties?.[property])
        .find((p) => p !== undefined);
    return { name: name!, in: "path", required: true, schema: typeof schema === "object" ? schema : string };
  });
}

function queryParameters(query: JsonSchema | undefined) {
  if (!query) return [];
  if (!query.properties) throw new Error("A query schema must be an object: each property is one query parameter.");
  return Object.entries(query.properties).map(([name, schema]) => ({ name, in: "query", required: query.required?.includes(name) ?? false, schema }));
}

/** The route's permission in words, with the roles the permission table (policy.ts) gives it. */
export function permissionText(permission: RoutePermission): string {
  if (permission === "anyone") return "Requires: nothing (no sign-in).";
  if (permission === "signed-in") return "Requires: a signed-in account (acts on its own records).";
  return `Requires: ${permission} (${ROLES.filter((role) => can(role, permission)).join(", ")}); other members get 403, non-members 404.`;
}

function operation(r: ApiRoute) {
  const inputs = inputSchemas(r);
  const fromPath = Object.values(r.fromPath ?? {});
  const body = inputs.body && omitProperties(inputs.body, fromPath);
  const query = inputs.query && omitProperties(inputs.query, fromPath);
  const parameters = [
    ...pathParameters(
      r,
      [inputs.body, inputs.query].filter((s) => s !== undefined),
    ),
    ...queryParameters(query),
  ];
  const content = body && { "application/json": { schema: body }, ...(r.multipart ? { "multipart/form-data": { schema: MULTIPART_UPLOAD } } : {}) };
  return {
    operationId: `${r.method}${r.path.replace(/\{(\w+)\}/g, "By_$1").replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
    tags: [r.tag],
    summary: r.summary,
    description: permissionText(r.permission),
    "x-permission": r.permission,
    ...(r.public ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(content ? { requestBody: { required: true, content } } : {}),
    responses: {
      [String(r.ok)]:
        r.ok === 204
          ? { description: "Done" }
          : { description: "Success", content: { [r.produces ?? "application/json"]: { schema: r.produces ? string : { type: "object" } } } },
      ...Object.fromEntries(Object.entries(ERRORS).map(([code, description]) => [code, { $ref: `#/components/responses/E${code}`, description }])),
    },
  };
}

export function openApiDocument(routes: ApiRoute[] = API_ROUTES) {
  const paths: Record<string, Record<string, ReturnType<typeof operation>>> = {};
  for (const r of routes) (paths[r.path] ??= {})[r.method] = operation(r);
  const errorSchema = {
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message"],
        properties: { code: string, message: string, fields: { type: "object", additionalProperties: { type: "array", items: string } }, details: {} },
      },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Warrant REST API",
      version: "1",
      description:
        "Fact-check workbench API. Authenticate with the browser session or `Authorization: Bearer <token>` (POST /tokens). Errors are {error:{code,message}}; anything outside your workspaces is 404.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }, { session: [] }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token, wrt_…" },
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
      },
      schemas: { Error: errorSchema },
      responses: Object.fromEntries(
        Object.entries(ERRORS).map(([code, description]) => [
          `E${code}`,
          { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        ]),
      ),
    },
  };
}
