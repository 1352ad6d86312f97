"use client";
import { useState } from "react";
import { addCommentAction, editCommentAction, resolveCommentAction } from "@/app/documents/[id]/actions";
import { FormError } from "@/components/ui/field";
import type { CommentView as Comment } from "@/lib/domain/views";

/** The unit's discussion: a thread where authors edit their own comments and anyone resolves. */
export function CommentsPanel({ unitId, comments, canComment, onChanged }: { unitId: string; comments: Comment[]; canComment: boolean; onChanged: () => void }) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string>();
  async function post() {
    const r = await addCommentAction({ unitId, body });
    if (!r.ok) return setError(r.error.message);
    setBody("");
    setError(undefined);
    onChanged();
  }
  return (
    <section aria-label="Comments" className="text-sm">
      <h3 className="font-medium">Discussion ({comments.filter((c) => !c.resolved).length} open)</h3>
      <ul className="mt-1 space-y-2" data-testid="comments">
        {comments.map((c) => <CommentItem key={c.id} comment={c} canComment={canComment} onChanged={onChanged} />)}
      </ul>
      {canComment && (
        <form className="mt-2" onSubmit={(e) => { e.preventDefault(); void post(); }}>
          <label className="block">
            <span className="sr-only">New comment</span>
            <textarea rows={2} value={body} onChange={(e) => setBody(e.target.value)} placeholder="Add to the discussion…" className="block w-full rounded-md border border-stone-300 px-2 py-1" />
          </label>
          <FormError message={error} />
          <button type="submit" disabled={!body.trim()} className="mt-1 rounded-md bg-stone-800 px-3 py-1 text-white disabled:opacity-50">Comment</button>
        </form>
      )}
    </section>
  );
}

function CommentItem({ comment, canComment, onChanged }: { comment: Comment; canComment: boolean; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(comment.body);
  return (
    <li className={`rounded border p-2 ${comment.resolved ? "border-stone-200 bg-stone-50 text-stone-500" : "border-stone-300"}`} data-resolved={comment.resolved ? "true" : "false"}>
      <p className="text-xs text-stone-500">
        <strong className="text-stone-700">{comment.author.name}</strong> · {new Date(comment.createdAt).toLocaleString()}
        {comment.edited && " · edited"}
        {comment.resolved && " · resolved"}
      </p>
      {editing ? (
        <form onSubmit={async (e) => { e.preventDefault(); if ((await editCommentAction({ commentId: comment.id, body })).ok) { setEditing(false); onChanged(); } }}>
          <label className="block"><span className="sr-only">Edit comment</span><textarea rows={2} value={body} onChange={(e) => setBody(e.target.value)} className="mt-1 block w-full rounded-md border border-stone-300 px-2 py-1" /></label>
          <button type="submit" className="mt-1 text-xs underline">Save</button>
        </form>
      ) : (
        <p className="mt-1 whitespace-pre-wrap">{comment.body}</p>
      )}
      {canComment && (
        <div className="mt-1 flex gap-3 text-xs">
          {comment.mine && !editing && <button type="button" className="underline" onClick={() => setEditing(true)}>Edit</button>}
          <button type="button" className="underline" onClick={async () => (await resolveCommentAction({ commentId: comment.id, resolved: !comment.resolved })).ok && onChanged()}>
            {comment.resolved ? "Reopen" : "Resolve"}
          </button>
        </div>
      )}
    </li>
  );
}
