import type { Metadata } from "next";
import Link from "next/link";
import { AppHeader } from "@/components/ui/app-header";
import { getCurrentUser } from "@/lib/server/current-user";
import { headerWorkspaces } from "@/lib/server/current-workspace";
import { FORMAT_MENU } from "@/lib/formats/format-labels";
import { openApiDocument } from "@/lib/validation/openapi";

export const metadata: Metadata = { title: "API documentation" };

type Fields = { properties?: Record<string, unknown>; required?: string[] };
type Op = {
  summary: string;
  security?: unknown[];
  parameters?: { name: string; in: string; required: boolean }[];
  requestBody?: { content: Record<string, { schema: Fields & { anyOf?: Fields[] } }> };
};

/** "a, b?" for one body; alternatives (anyOf) are listed with "or" between them. */
function bodyFields(schema: Fields & { anyOf?: Fields[] }): string {
  return (schema.anyOf ?? [schema])
    .map((s) =>
      Object.keys(s.properties ?? {})
        .map((k) => `${k}${s.required?.includes(k) ? "" : "?"}`)
        .join(", "),
    )
    .join(" — or — ");
}

// A readable rendering of /api/v1/openapi.json: one section per tag, one row per operation. Open
// to everyone; signed in, it has the app's header (the way back to your documents).
export default async function ApiDocsPage() {
  const user = await getCurrentUser();
  const doc = openApiDocument();
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op: op as Op & { tags: string[] } })),
  );
  return (
    <>
      {user ? (
        <AppHeader user={user} {...await headerWorkspaces(user.id)} />
      ) : (
        <header className="border-b border-stone-200 bg-white">
          <div className="mx-auto flex max-w-7xl items-center gap-6 px-6 py-3">
            <Link href="/" className="font-serif text-xl font-semibold tracking-tight">
              Warrant
            </Link>
            <Link href="/signin?callbackUrl=%2Fapi-docs" className="ml-auto text-sm text-stone-700 hover:text-stone-950">
              Sign in
            </Link>
          </div>
        </header>
      )}
      <main className="mx-auto max-w-4xl px-6 py-8 text-sm">
        <h1 className="text-2xl font-semibold">Warrant REST API</h1>
        <p className="mt-2 text-stone-700">{doc.info.description}</p>
        <p className="mt-2">
          Machine-readable:{" "}
          <a className="text-blue-700 underline" href="/api/v1/openapi.json">
            /api/v1/openapi.json
          </a>{" "}
          (OpenAPI 3.1). Tokens:{" "}
          <a className="text-blue-700 underline" href="/settings/tokens">
            Settings → API tokens
          </a>
          .
        </p>
        <pre className="mt-4 overflow-x-auto rounded bg-stone-900 p-3 text-xs text-stone-100">{`curl -X POST $BASE/api/v1/tokens -H 'content-type: application/json' \\
  -d '{"email":"you@example.org","password":"…","name":"script"}'
curl -H "Authorization: Bearer wrt_…" "$BASE/api/v1/documents/<id>/export?format=argdown"`}</pre>
        <p className="mt-4">Export formats: {FORMAT_MENU.map((f) => `${f.id} (${f.label})`).join(", ")}.</p>
        {doc.tags.map(({ name }) => (
          <section key={name} className="mt-8">
            <h2 className="text-lg font-semibold">{name}</h2>
            <ul className="mt-2 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
              {ops
                .filter((o) => o.op.tags.includes(name))
                .map(({ path, method, op }) => {
                  const body = op.requestBody?.content["application/json"]?.schema;
                  const query = (op.parameters ?? []).filter((p) => p.in === "query");
                  return (
                    <li key={`${method} ${path}`} className="p-3">
                      <code className="font-semibold">
                        {method.toUpperCase()} /api/v1{path}
                      </code>
                      {op.security?.length === 0 && <span className="ml-2 text-xs text-stone-500">(no sign-in)</span>}
                      <p className="mt-1 text-stone-700">{op.summary}</p>
                      {query.length > 0 && (
                        <p className="mt-1 text-xs text-stone-600">Query: {query.map((p) => `${p.name}${p.required ? "" : "?"}`).join(", ")}</p>
                      )}
                      {body && <p className="mt-1 text-xs text-stone-600">Body: {bodyFields(body)}</p>}
                    </li>
                  );
                })}
            </ul>
          </section>
        ))}
      </main>
    </>
  );
}
