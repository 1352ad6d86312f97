"use client";
import { useId, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from "react";
import type { PersonRef } from "@/lib/domain/views";

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> {
  value: string;
  onChange: (value: string) => void;
  /** Who can be mentioned: the workspace's members. */
  members: PersonRef[];
  /** The visible or screen-reader label of the box. */
  label: string;
  labelClassName?: string;
}

/** The "@…" being typed just before the caret: where its "@" is and what follows it. */
interface Query {
  at: number;
  text: string;
}

const MAX_QUERY = 40;
/** What may stand before a mention's "@" (start, space, opening punctuation), as in lib/domain/mentions.ts. */
const OPENS = /[\s([{"'“‘«]/u;

function queryAt(value: string, caret: number): Query | null {
  const at = value.lastIndexOf("@", caret - 1);
  if (at === -1 || caret - at - 1 > MAX_QUERY) return null;
  if (at > 0 && !OPENS.test(value[at - 1]!)) return null;
  const text = value.slice(at + 1, caret);
  // Names may hold one space ("Ann Lee"), not line breaks or runs of spaces.
  if (/\n|\s\s|^\s/.test(text)) return null;
  return { at, text };
}

function matching(members: PersonRef[], text: string): PersonRef[] {
  const q = text.toLocaleLowerCase();
  const starts = (s: string) => s.toLocaleLowerCase().startsWith(q);
  return members.filter((m) => starts(m.name) || m.name.split(/\s+/).some(starts)).slice(0, 8);
}

/**
 * A textarea with a member autocomplete: typing "@" offers the workspace's members; ↑/↓ move,
 * Enter or Tab insert "@Name ", Esc closes; a click picks too. The text stays plain ("@Ann Lee"):
 * the server finds the mentions in it (lib/domain/mentions.ts) and notifies those people.
 */
export function MentionTextarea({ value, onChange, members, label, labelClassName, onKeyDown, className, ...rest }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [query, setQuery] = useState<Query | null>(null);
  const [active, setActive] = useState(0);
  const options = query ? matching(members, query.text) : [];
  const open = options.length > 0;

  function track(el: HTMLTextAreaElement) {
    const next = el.selectionStart === el.selectionEnd ? queryAt(el.value, el.selectionStart) : null;
    if (next?.at !== query?.at || next?.text !== query?.text) setActive(0);
    setQuery(next);
  }

  function pick(member: PersonRef) {
    const el = ref.current;
    if (!el || !query) return;
    const caret = el.selectionStart;
    const inserted = `@${member.name} `;
    const next = value.slice(0, query.at) + inserted + value.slice(caret).replace(/^ /, "");
    onChange(next);
    setQuery(null);
    const position = query.at + inserted.length;
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(position, position);
    });
  }

  function keyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (open) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        setActive((i) => (i + (e.key === "ArrowDown" ? 1 : -1) + options.length) % options.length);
        return;
      }
      if ((e.key === "Enter" || e.key === "Tab") && !e.shiftKey && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        pick(options[Math.min(active, options.length - 1)]!);
        return;
      }
      if (e.key === "Escape") {
        // Close the list only; a second Esc is the box's own (leave the field).
        e.preventDefault();
        e.stopPropagation();
        setQuery(null);
        return;
      }
    }
    onKeyDown?.(e);
  }

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div className="relative">
      <label className="block">
        <span className={labelClassName ?? "sr-only"}>{label}</span>
        <textarea
          {...rest}
          ref={ref}
          value={value}
          onChange={(e) => {
            onChange(e.target.value);
            track(e.target);
          }}
          onSelect={(e) => track(e.currentTarget)}
          onKeyDown={keyDown}
          onBlur={() => setQuery(null)}
          aria-autocomplete="list"
          aria-controls={open ? listId : undefined}
          aria-activedescendant={open ? optionId(Math.min(active, options.length - 1)) : undefined}
          className={className}
        />
      </label>
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label="Members to mention"
          data-testid="mention-options"
          className="absolute left-0 right-0 z-20 mt-1 max-h-56 overflow-y-auto rounded-md border border-stone-300 bg-white py-1 text-sm shadow-lg"
        >
          {options.map((m, i) => (
            <li
              key={m.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the textarea must keep its focus and caret.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(m);
              }}
              onMouseEnter={() => setActive(i)}
              className={`cursor-pointer px-3 py-1 ${i === active ? "bg-blue-50 text-blue-900" : "text-stone-800"}`}
            >
              @{m.name}
            </li>
          ))}
        </ul>
      )}
      <p className="sr-only" aria-live="polite">
        {open ? `${options.length} ${options.length === 1 ? "member matches" : "members match"}; use the arrow keys and Enter to mention.` : ""}
      </p>
    </div>
  );
}
