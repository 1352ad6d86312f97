"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { followJob, postImport } from "./import-stream";

/**
 * Runs an import from a form: posts it, then either opens the new document (saved within the
 * request) or follows its background job with stage and progress, naming it in the address
 * (/documents/new?job=…) so that leaving and coming back finds it. Rejects with ImportFailed
 * (the caller keeps what was typed and shows why).
 */
export function useImportRun() {
  const router = useRouter();
  const [stage, setStage] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | undefined>();
  const stop = useRef<AbortController | null>(null);
  useEffect(() => () => stop.current?.abort(), []);

  const run = useCallback(
    async (workspaceId: string, body: BodyInit, firstStage: string, contentType?: string) => {
      setStage(firstStage);
      setProgress(undefined);
      try {
        const started = await postImport(workspaceId, body, contentType);
        if ("documentId" in started) {
          router.push(`/documents/${started.documentId}`);
          return;
        }
        window.history.replaceState(null, "", `/documents/new?job=${encodeURIComponent(started.jobId)}`);
        setStage("queued");
        setProgress(0);
        stop.current = new AbortController();
        const documentId = await followJob(
          started.jobId,
          (view) => {
            setStage(view.state === "queued" ? "queued" : (view.stage ?? "saving"));
            setProgress(view.progress);
          },
          stop.current.signal,
        );
        router.push(`/documents/${documentId}`);
      } catch (e) {
        setStage(null);
        setProgress(undefined);
        throw e;
      }
    },
    [router],
  );
  return { stage, progress, run };
}
