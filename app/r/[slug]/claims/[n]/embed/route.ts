import { renderClaimEmbed, renderGonePage, renderMissingPage } from "@/lib/render/report-page";
import { htmlResponse, reportContext } from "@/lib/server/report-response";
import { readReport } from "@/lib/server/use-cases/read-report";

// GET -> claim n's card, for other sites' iframes (its CSP allows any frame ancestor: proxy.ts).
export async function GET(req: Request, { params }: { params: Promise<{ slug: string; n: string }> }) {
  const ctx = reportContext(req);
  const { slug, n } = await params;
  const view = await readReport({ input: { slug } });
  if (!view) return htmlResponse(renderMissingPage(ctx), 404);
  if (view.status === "gone") return htmlResponse(renderGonePage(view, ctx), 410);
  const claim = /^\d{1,6}$/.test(n) ? view.snapshot.claims.find((c) => c.n === Number(n)) : undefined;
  if (!claim) return htmlResponse(renderMissingPage(ctx), 404);
  return htmlResponse(renderClaimEmbed(view, claim, ctx));
}
