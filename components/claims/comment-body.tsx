import { Fragment, useMemo } from "react";
import { findMentions } from "@/lib/domain/mentions";
import type { PersonRef } from "@/lib/domain/views";

/** A comment's text (as text, never HTML) with the @mentions of members set off, as the server reads them. */
export function CommentBody({ body, members }: { body: string; members: PersonRef[] }) {
  const parts = useMemo(() => {
    const out: { text: string; mention: boolean }[] = [];
    let at = 0;
    for (const m of findMentions(body, members)) {
      if (m.start > at) out.push({ text: body.slice(at, m.start), mention: false });
      out.push({ text: body.slice(m.start, m.end), mention: true });
      at = m.end;
    }
    if (at < body.length) out.push({ text: body.slice(at), mention: false });
    return out;
  }, [body, members]);
  return (
    <p className="mt-1 whitespace-pre-wrap">
      {parts.map((p, i) =>
        p.mention ? (
          <span key={i} className="rounded bg-blue-50 px-0.5 font-medium text-blue-800" data-testid="mention">
            {p.text}
          </span>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </p>
  );
}
