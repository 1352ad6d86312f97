"use client";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { listDocumentActivityAction } from "@/app/documents/[id]/actions";
import { useLiveChanges } from "@/components/review/use-live-changes";
import type { PersonRef } from "@/lib/domain/views";
import { ActivityFeed, type FeedQuery } from "./activity-feed";

interface Props {
  documentId: string;
  workspaceId: string;
  members: PersonRef[];
  /** The tab is showing (it fetches what is new each time it is shown again). */
  visible: boolean;
  /** Select a claim in the text and show its card. */
  onOpenUnit: (unitId: string) => void;
}

/** The document's activity (the side tab): everyone's changes, the reader's own included, live. */
export function DocumentActivity({ documentId, workspaceId, members, visible, onOpenUnit }: Props) {
  const [signal, setSignal] = useState(0);
  const refresh = useCallback(() => setSignal((s) => s + 1), []);
  // No one is "me" here: the reader's own changes belong in the feed too.
  useLiveChanges(documentId, "", refresh);
  // Shown again after a while on the claim tab: fetch what is new (the first showing loads anyway).
  const wasVisible = useRef(visible);
  useEffect(() => {
    if (visible && !wasVisible.current) refresh();
    wasVisible.current = visible;
  }, [visible, refresh]);
  const load = useCallback((q: FeedQuery) => listDocumentActivityAction({ documentId, ...q }), [documentId]);
  return (
    <div className="space-y-2">
      <div className="flex items-baseline justify-between">
        <h2 className="text-sm font-semibold">Activity on this document</h2>
        <Link href={`/workspaces/${encodeURIComponent(workspaceId)}/activity`} className="text-xs text-blue-700 underline">
          Whole workspace
        </Link>
      </div>
      <ActivityFeed
        idPrefix="document-activity"
        load={load}
        members={members}
        refreshSignal={signal}
        context={(e) =>
          e.unitId && (
            <>
              {" · "}
              <button type="button" className="text-blue-700 underline" onClick={() => onOpenUnit(e.unitId!)}>
                Open claim
              </button>
            </>
          )
        }
      />
    </div>
  );
}
