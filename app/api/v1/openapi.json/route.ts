import { openApiDocument } from "@/lib/validation/openapi";

// The OpenAPI 3.1 description of this API; public, like any API's documentation.
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
