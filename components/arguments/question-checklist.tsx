"use client";
import { useState } from "react";
import { QUESTION_ANSWER_LABEL, QUESTION_ANSWERS, type QuestionAnswer } from "@/lib/domain/argument-vocabulary";
import { attackForQuestion, type ArgumentView } from "@/lib/domain/arguments";
import { getScheme, type CriticalQuestion } from "@/lib/domain/schemes";

interface Props {
  argument: ArgumentView;
  canReview: boolean;
  busy: boolean;
  onAnswer: (questionId: string, answer: QuestionAnswer, note: string) => Promise<boolean>;
  onObject: (questionId: string) => Promise<boolean>;
}

/** The scheme's critical questions: each answered holds / fails / unknown with a note; a failed one becomes an objection in one click. */
export function QuestionChecklist({ argument, canReview, busy, onAnswer, onObject }: Props) {
  const scheme = getScheme(argument.schemeId);
  if (!scheme) return <p className="text-sm text-stone-600">Pick a scheme to see its critical questions.</p>;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">Critical questions</legend>
      {scheme.criticalQuestions.map((q, i) => (
        <Question
          key={`${argument.id}:${scheme.id}:${q.id}`}
          n={i + 1}
          question={q}
          argument={argument}
          canReview={canReview}
          busy={busy}
          onAnswer={onAnswer}
          onObject={onObject}
        />
      ))}
    </fieldset>
  );
}

function Question({
  n,
  question,
  argument,
  canReview,
  busy,
  onAnswer,
  onObject,
}: Omit<Props, "argument"> & { n: number; question: CriticalQuestion; argument: ArgumentView }) {
  const saved = argument.answers.find((a) => a.questionId === question.id);
  const [answer, setAnswer] = useState<QuestionAnswer | null>(saved?.answer ?? null);
  const [note, setNote] = useState(saved?.note ?? "");
  const dirty = answer !== (saved?.answer ?? null) || note !== (saved?.note ?? "");
  const attack = attackForQuestion(argument.schemeId, question.id, argument.statements);
  const objection = argument.relations.find((r) => r.questionId === question.id);
  const kind = attack?.type === "UNDERMINES" ? "undermine" : "undercut";
  return (
    <div className="rounded border border-stone-200 p-2 text-sm" data-testid="critical-question" data-question={question.id}>
      <p>
        <span className="text-stone-600">CQ{n}. </span>
        {question.text}
      </p>
      <div role="radiogroup" aria-label={`Answer to CQ${n}`} className="mt-1 flex gap-3">
        {QUESTION_ANSWERS.map((a) => (
          <label key={a} className="flex items-center gap-1">
            <input type="radio" name={`cq-${argument.id}-${question.id}`} checked={answer === a} disabled={!canReview} onChange={() => setAnswer(a)} />
            {QUESTION_ANSWER_LABEL[a]}
          </label>
        ))}
      </div>
      {canReview ? (
        <label className="mt-1 block text-xs text-stone-600">
          Note
          <textarea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={2}
            className="mt-0.5 w-full rounded border border-stone-300 px-2 py-1 text-sm text-stone-900"
          />
        </label>
      ) : (
        saved?.note && <p className="mt-1 text-stone-700">{saved.note}</p>
      )}
      <div className="mt-1 flex flex-wrap gap-2">
        {canReview && dirty && answer && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void onAnswer(question.id, answer, note)}
            className="rounded bg-blue-700 px-2 py-0.5 text-white disabled:opacity-50"
          >
            Save answer
          </button>
        )}
        {canReview && saved?.answer === "FAILS" && !objection && !dirty && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void onObject(question.id)}
            className="rounded border border-red-800 px-2 py-0.5 text-red-800 disabled:opacity-50"
          >
            Make it an {kind}
          </button>
        )}
        {objection && (
          <span className="text-xs text-red-900" data-testid="objection">
            Objection: {objection.type === "UNDERCUTS" ? "undercuts the inference" : "undermines a premise"} — {objection.from.text}
          </span>
        )}
      </div>
    </div>
  );
}
