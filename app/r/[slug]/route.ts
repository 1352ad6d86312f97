import { renderGonePage, renderMissingPage, renderReportPage } from "@/lib/render/report-page";
import { htmlResponse, reportContext } from "@/lib/server/report-response";
import { readReport } from "@/lib/server/use-cases/read-report";

// GET -> the published report (HTML, signed out, no script); 410 when unpublished, 404 unknown.
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const ctx = reportContext(req);
  const view = await readReport({ input: await params });
  if (!view) return htmlResponse(renderMissingPage(ctx), 404);
  if (view.status === "gone") return htmlResponse(renderGonePage(view, ctx), 410);
  return htmlResponse(renderReportPage(view, ctx));
}
