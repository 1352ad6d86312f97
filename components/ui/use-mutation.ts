"use client";
import { useCallback, useState } from "react";
import type { ActionResult } from "@/lib/domain/errors";

export interface MutationStatus {
  busy: boolean;
  error?: string;
  notice?: string;
}

/** One field of a stale write: what the user tried to save, and what the other person saved. */
export interface ConflictRow {
  label: string;
  mine: string;
  theirs: string;
}

/** A stale write waiting for the user's decision (components/ui/conflict-dialog.tsx shows it). */
export interface PendingConflict {
  rows: ConflictRow[];
  /** The other person's version number now. */
  version?: number;
  /** Write mine again, on top of their version (another conflict opens the dialog again). */
  applyMine: () => Promise<boolean>;
  /** Drop mine; their version stays on screen. */
  keepTheirs: () => void;
}

/** How a write is resolved after a 409: its rows to compare, and the same write on the current version. */
export interface ConflictResolution<T, C> {
  compare: (current: C) => ConflictRow[];
  retry: (current: C) => Promise<ActionResult<T>>;
  /** "Keep theirs": forget the user's draft of these fields. */
  discard?: () => void;
}

interface RunOptions<T, C> {
  /** Shown after a success ("Saved."). */
  notice?: string;
  /** A stale write (409 VERSION_CONFLICT) carries the record as it is now: show it. */
  onConflict?: (current: C) => void;
  /** With it, a stale write opens the conflict dialog (mine beside theirs) instead of only a message. */
  resolve?: ConflictResolution<T, C>;
}

/**
 * Runs server actions for an editing view: busy while one runs, the server's message when it
 * fails, and on a version conflict the other person's current record handed to `onConflict`
 * (the user's own draft is left untouched, so nothing typed is lost). With `resolve`, the
 * conflict also becomes `conflict`: the user's version beside theirs, to apply on top or drop.
 * The workbench and the map share it, so a conflict behaves the same in both.
 */
export function useMutation<S extends MutationStatus = MutationStatus>() {
  const [status, setStatus] = useState<S>({ busy: false } as S);
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const run = useCallback(
    <T, C = unknown>(action: () => Promise<ActionResult<T>>, onOk: (data: T) => void, options: RunOptions<T, C> = {}): Promise<boolean> => {
      const attempt = async (write: () => Promise<ActionResult<T>>): Promise<boolean> => {
        setStatus({ busy: true } as S);
        const result = await write();
        if (result.ok) {
          onOk(result.data);
          setStatus({ busy: false, notice: options.notice } as S);
          return true;
        }
        const current = (result.error.details as { current?: C } | undefined)?.current;
        if (result.error.code === "VERSION_CONFLICT" && current) {
          options.onConflict?.(current);
          const resolve = options.resolve;
          if (resolve) {
            setConflict({
              rows: resolve.compare(current),
              version: (current as { version?: number }).version,
              applyMine: () => {
                setConflict(null);
                return attempt(() => resolve.retry(current));
              },
              keepTheirs: () => {
                setConflict(null);
                resolve.discard?.();
                setStatus({ busy: false, notice: "Kept their version." } as S);
              },
            });
          }
        }
        setStatus({ busy: false, error: result.error.message } as S);
        return false;
      };
      return attempt(action);
    },
    [],
  );
  return { status, setStatus, run, conflict };
}
