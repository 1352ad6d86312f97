"use client";
import { useCallback, useEffect, useState } from "react";
import {
  answerQuestionAction,
  createArgumentAction,
  deleteArgumentAction,
  listArgumentsAction,
  raiseObjectionAction,
  updateArgumentAction,
} from "@/app/documents/[id]/argument-actions";
import type { ArgumentView } from "@/lib/domain/arguments";
import type { ActionResult } from "@/lib/domain/errors";
import { useMutation } from "@/components/ui/use-mutation";
import type { TAnswerQuestionInput, TUpdateArgumentInput } from "@/lib/validation/argument";

/**
 * The document's arguments and the writes on them. Every write carries the version the card
 * read; a stale one (409) shows the other person's argument in place of ours, with the message.
 */
export function useArguments(documentId: string, refreshKey: unknown) {
  const [list, setList] = useState<ArgumentView[] | null>(null);
  const { status, run, setStatus } = useMutation();
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => {
    let current = true;
    void listArgumentsAction({ documentId }).then((r) => {
      if (!current) return;
      if (r.ok) setList(r.data.arguments);
      else setStatus({ busy: false, error: r.error.message });
    });
    return () => {
      current = false;
    };
  }, [documentId, setStatus, refreshKey, generation]);

  const put = useCallback((a: ArgumentView) => setList((l) => (l ?? []).map((x) => (x.id === a.id ? a : x))), []);
  const write = useCallback(
    (action: () => Promise<ActionResult<ArgumentView>>, notice: string) => run<ArgumentView, ArgumentView>(action, put, { notice, onConflict: put }),
    [run, put],
  );

  return {
    list,
    status,
    reload,
    create: (unitIds: string[], schemeId?: string) =>
      run(
        () => createArgumentAction({ documentId, ...(schemeId ? { schemeId } : {}), statements: unitIds.map((unitId) => ({ unitId })) }),
        (a) => setList((l) => [...(l ?? []), a]),
        { notice: "Argument reconstructed." },
      ),
    update: (input: TUpdateArgumentInput, notice = "Saved.") => write(() => updateArgumentAction(input), notice),
    answer: (input: TAnswerQuestionInput) => write(() => answerQuestionAction(input), "Answer saved."),
    object: (a: ArgumentView, questionId: string) =>
      run(
        () => raiseObjectionAction({ argumentId: a.id, version: a.version, questionId }),
        (r) => put(r.argument),
        { notice: "Objection added.", onConflict: put },
      ),
    remove: (a: ArgumentView) =>
      run(
        () => deleteArgumentAction({ argumentId: a.id, version: a.version }),
        () => setList((l) => (l ?? []).filter((x) => x.id !== a.id)),
        { notice: "Argument deleted.", onConflict: put },
      ),
  };
}
export type ArgumentsApi = ReturnType<typeof useArguments>;
