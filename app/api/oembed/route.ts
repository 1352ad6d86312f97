import { oembedFor, parseReportUrl } from "@/lib/render/oembed";
import { reportContext } from "@/lib/server/report-response";
import { readReport } from "@/lib/server/use-cases/read-report";

const error = (status: number, code: string, message: string) => Response.json({ error: { code, message } }, { status });
const size = (v: string | null) => (v && /^\d{1,5}$/.test(v) ? Number(v) : undefined);

// GET ?url=<report or claim URL>[&maxwidth&maxheight&format=json] -> oEmbed JSON (public).
export async function GET(req: Request) {
  const query = new URL(req.url).searchParams;
  if ((query.get("format") ?? "json") !== "json") return error(501, "NOT_IMPLEMENTED", "Only format=json is offered.");
  const target = parseReportUrl(query.get("url") ?? "");
  if (!target) return error(404, "NOT_FOUND", "The url is not a Warrant report or claim URL.");
  const view = await readReport({ input: { slug: target.slug } });
  if (view?.status !== "published") return error(404, "NOT_FOUND", "No published report at that URL.");
  const { origin } = reportContext(req);
  const body = oembedFor(view, target.n, { origin, maxwidth: size(query.get("maxwidth")), maxheight: size(query.get("maxheight")) });
  if (!body) return error(404, "NOT_FOUND", "The report has no such claim.");
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
