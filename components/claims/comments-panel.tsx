"use client";
import { useState } from "react";
import { addCommentAction, editCommentAction, resolveCommentAction } from "@/app/documents/[id]/actions";
import { FormError } from "@/components/ui/field";
import type { CommentView as Comment, PersonRef } from "@/lib/domain/views";
import { CommentBody } from "./comment-body";
import { MentionTextarea } from "./mention-textarea";

interface Props {
  unitId: string;
  comments: Comment[];
  canComment: boolean;
  onChanged: () => void;
  /** The workspace's members: offered after "@", and highlighted where mentioned. */
  members?: PersonRef[];
  /** The reader, not offered as someone to mention. */
  meId?: string;
}

/** The unit's discussion: a thread where authors edit their own comments and anyone resolves; "@Name" notifies a member. */
export function CommentsPanel({ unitId, comments, canComment, onChanged, members = [], meId }: Props) {
  const others = members.filter((m) => m.id !== meId);
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
        {comments.map((c) => (
          <CommentItem key={c.id} comment={c} canComment={canComment} onChanged={onChanged} members={members} others={others} />
        ))}
      </ul>
      {canComment && (
        <form
          className="mt-2"
          onSubmit={(e) => {
            e.preventDefault();
            void post();
          }}
        >
          <MentionTextarea
            label="New comment"
            rows={2}
            value={body}
            onChange={setBody}
            members={others}
            placeholder="Add to the discussion… (@ to mention someone)"
            className="block w-full rounded-md border border-stone-300 px-2 py-1"
          />
          <FormError message={error} />
          <button type="submit" disabled={!body.trim()} className="mt-1 rounded-md bg-stone-800 px-3 py-1 text-white disabled:opacity-50">
            Comment
          </button>
        </form>
      )}
    </section>
  );
}

function CommentItem({
  comment,
  canComment,
  onChanged,
  members,
  others,
}: {
  comment: Comment;
  canComment: boolean;
  onChanged: () => void;
  members: PersonRef[];
  others: PersonRef[];
}) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(comment.body);
  return (
    <li
      className={`rounded border p-2 ${comment.resolved ? "border-stone-200 bg-stone-50 text-stone-500" : "border-stone-300"}`}
      data-resolved={comment.resolved ? "true" : "false"}
    >
      <p className="text-xs text-stone-500">
        <strong className="text-stone-700">{comment.author.name}</strong> · {new Date(comment.createdAt).toLocaleString()}
        {comment.edited && " · edited"}
        {comment.resolved && " · resolved"}
      </p>
      {editing ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if ((await editCommentAction({ commentId: comment.id, body })).ok) {
              setEditing(false);
              onChanged();
            }
          }}
        >
          <MentionTextarea
            label="Edit comment"
            rows={2}
            value={body}
            onChange={setBody}
            members={others}
            className="mt-1 block w-full rounded-md border border-stone-300 px-2 py-1"
          />
          <button type="submit" className="mt-1 text-xs underline">
            Save
          </button>
        </form>
      ) : (
        <CommentBody body={comment.body} members={members} />
      )}
      {canComment && (
        <div className="mt-1 flex gap-3 text-xs">
          {comment.mine && !editing && (
            <button type="button" className="underline" onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
          <button
            type="button"
            className="underline"
            onClick={async () => (await resolveCommentAction({ commentId: comment.id, resolved: !comment.resolved })).ok && onChanged()}
          >
            {comment.resolved ? "Reopen" : "Resolve"}
          </button>
        </div>
      )}
    </li>
  );
}
