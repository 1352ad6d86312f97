import { FORMAT_MENU } from "@/lib/formats/format-labels";

// A plain <details> menu of links: downloads work without JavaScript, and each link is the
// same REST endpoint the API documents (GET /api/v1/documents/{id}/export?format=…).
export function DownloadMenu({ documentId }: { documentId: string }) {
  return (
    <details className="relative inline-block text-sm" data-testid="download-menu">
      <summary className="cursor-pointer list-none rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50">Download ▾</summary>
      <ul className="absolute right-0 z-20 mt-1 w-64 rounded-md border border-stone-200 bg-white py-1 shadow-lg">
        {FORMAT_MENU.map((f) => (
          <li key={f.id}>
            <a className="block px-3 py-1.5 hover:bg-stone-100" href={`/api/v1/documents/${encodeURIComponent(documentId)}/export?format=${f.id}`} download>
              {f.label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
