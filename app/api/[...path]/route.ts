// Any /api/ path that no route serves: a JSON 404 for every method. Without it Next.js renders
// the not-found page, and a multipart POST there is parsed as a server action (a truncated body
// gave a 500; found by bench/fuzz-api.ts).
const notFound = () => Response.json({ error: { code: "NOT_FOUND", message: "There is no such API route." } }, { status: 404 });

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const HEAD = notFound;
export const OPTIONS = notFound;
