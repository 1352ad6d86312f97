import { renderArchivePage } from "@/lib/render/report-archive";
import { renderGonePage, renderMissingPage } from "@/lib/render/report-page";
import { htmlResponse, reportContext } from "@/lib/server/report-response";
import { readReportArchive } from "@/lib/server/use-cases/read-report";

// GET -> the archived copy of a source the published report cites (HTML, signed out, no script).
export async function GET(req: Request, { params }: { params: Promise<{ slug: string; n: string }> }) {
  const ctx = reportContext(req);
  const page = await readReportArchive({ input: await params });
  if ("status" in page) {
    if (page.status === "gone" && page.view?.status === "gone") return htmlResponse(renderGonePage(page.view, ctx), 410);
    return htmlResponse(renderMissingPage(ctx), 404);
  }
  return htmlResponse(renderArchivePage(page, ctx));
}
