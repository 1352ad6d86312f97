import { apiRoute } from "@/lib/server/api";
import { exportDocument } from "@/lib/server/use-cases/export-document";

// GET ?format=json|argdown|aif|claimreview|annotations|csv|markdown|graphml|dot -> the file,
// as a download; 400 for another format, 404 outside your workspaces.
export const GET = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const url = new URL(req.url);
  const file = await exportDocument({ userId: user.id, input: { documentId: id, format: url.searchParams.get("format") ?? "" } }, { baseUrl: url.origin });
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
