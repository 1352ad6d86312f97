"use client";
import { useCallback, useState } from "react";
import type { ActionResult } from "@/lib/domain/errors";

export interface MutationStatus {
  busy: boolean;
  error?: string;
  notice?: string;
}

interface RunOptions<C> {
  /** Shown after a success ("Saved."). */
  notice?: string;
  /** A stale write (409 VERSION_CONFLICT) carries the record as it is now: show it. */
  onConflict?: (current: C) => void;
}

/**
 * Runs server actions for an editing view: busy while one runs, the server's message when it
 * fails, and on a version conflict the other person's current record handed to `onConflict`
 * (the user's own draft is left untouched, so nothing typed is lost). The workbench and the map
 * share it, so a conflict behaves the same in both.
 */
export function useMutation<S extends MutationStatus = MutationStatus>() {
  const [status, setStatus] = useState<S>({ busy: false } as S);
  const run = useCallback(
    async <T, C = unknown>(action: () => Promise<ActionResult<T>>, onOk: (data: T) => void, options: RunOptions<C> = {}): Promise<boolean> => {
      setStatus({ busy: true } as S);
      const result = await action();
      if (result.ok) {
        onOk(result.data);
        setStatus({ busy: false, notice: options.notice } as S);
        return true;
      }
      const current = (result.error.details as { current?: C } | undefined)?.current;
      if (result.error.code === "VERSION_CONFLICT" && current) options.onConflict?.(current);
      setStatus({ busy: false, error: result.error.message } as S);
      return false;
    },
    [],
  );
  return { status, setStatus, run };
}
