"use client";
import Link from "next/link";
import { useCallback, useState } from "react";
import { listWorkspaceActivityAction } from "@/app/workspaces/[id]/activity/actions";
import type { ActivityPageView, ActivityView, PersonRef } from "@/lib/domain/views";
import { ActivityFeed, type FeedQuery } from "./activity-feed";

/** Where an entry happened: its claim in its document, or the document. */
function where(e: ActivityView) {
  if (!e.documentId || !e.documentTitle) return null;
  const href = `/documents/${encodeURIComponent(e.documentId)}${e.unitId ? `?unit=${encodeURIComponent(e.unitId)}` : ""}`;
  return (
    <>
      {" · in "}
      <Link href={href} className="text-blue-700 underline">
        {e.documentTitle}
      </Link>
    </>
  );
}

/** The workspace's activity page: every document's changes and the workspace's own. */
export function WorkspaceActivity({ workspaceId, initial, members }: { workspaceId: string; initial: ActivityPageView; members: PersonRef[] }) {
  const [signal, setSignal] = useState(0);
  const load = useCallback((q: FeedQuery) => listWorkspaceActivityAction({ workspaceId, ...q }), [workspaceId]);
  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={() => setSignal((s) => s + 1)}
        className="rounded-md border border-stone-300 px-3 py-1 text-sm text-stone-700 hover:bg-stone-50"
      >
        Show new activity
      </button>
      <div className="rounded-lg border border-stone-200 bg-white p-4">
        <ActivityFeed idPrefix="workspace-activity" load={load} initial={initial} members={members} context={where} refreshSignal={signal} />
      </div>
    </div>
  );
}
