import "server-only";
// Notification rows -> NotificationView (the bell, GET /api/v1/notifications).
import type { Notification } from "@/generated/prisma/client";
import { snippet } from "@/lib/domain/activity";
import type { NotificationView } from "@/lib/domain/views";

/** Prisma `include` fragment for what the bell shows beside the notice itself. */
export const NOTIFICATION_INCLUDE = {
  actor: { select: { id: true, name: true } },
  document: { select: { id: true, title: true } },
  unit: { select: { id: true, text: true, quoteExact: true } },
} as const;

type Row = Notification & {
  actor: { id: string; name: string } | null;
  document: { id: string; title: string } | null;
  unit: { id: string; text: string | null; quoteExact: string } | null;
};

const str = (v: unknown) => (typeof v === "string" && v.trim() ? v : null);

export function toNotificationView(n: Row): NotificationView {
  const data = n.data && typeof n.data === "object" && !Array.isArray(n.data) ? (n.data as Record<string, unknown>) : {};
  // The claim as it reads now; the words stored with the notice if it has since been deleted.
  const claim = n.unit ? (n.unit.text ?? n.unit.quoteExact) : str(data.claim);
  const href = n.document ? `/documents/${encodeURIComponent(n.document.id)}${n.unit ? `?unit=${encodeURIComponent(n.unit.id)}` : ""}` : null;
  return {
    id: n.id,
    kind: n.kind,
    actor: n.actor,
    workspaceId: n.workspaceId,
    documentId: n.document?.id ?? null,
    documentTitle: n.document?.title ?? null,
    unitId: n.unit?.id ?? null,
    claim: claim ? snippet(claim, 120) : null,
    excerpt: str(data.excerpt) ? snippet(str(data.excerpt)!, 200) : null,
    href,
    read: n.readAt !== null,
    createdAt: n.createdAt.toISOString(),
  };
}
