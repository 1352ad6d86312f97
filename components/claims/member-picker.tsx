"use client";
import { useId, useMemo, useRef, useState } from "react";
import type { MemberView } from "@/lib/domain/views";
import { ROLE_LABEL } from "@/lib/domain/vocabulary";

interface Props {
  /** The accessible name of the text box ("Assign to"). */
  label: string;
  /** People who may review (the caller filters by the permission table). */
  members: MemberView[];
  /** Shown but not offered (e.g. the claim's other reviewer in double review). */
  excludeIds?: readonly string[];
  disabled?: boolean;
  placeholder?: string;
  onPick: (member: MemberView) => void;
}

/**
 * A searchable member picker (WAI-ARIA combobox with a listbox popup): typing filters by name
 * or email, ↑/↓ move, Enter picks, Escape closes the list (and a second Escape clears the text).
 */
export function MemberPicker({ label, members, excludeIds = [], disabled, placeholder = "Type a name…", onPick }: Props) {
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const optionId = (i: number) => `${listId}-option-${i}`;
  const options = useMemo(() => {
    const q = query.trim().toLowerCase();
    return members.filter((m) => !excludeIds.includes(m.user.id) && (!q || m.user.name.toLowerCase().includes(q) || m.user.email.toLowerCase().includes(q)));
  }, [members, excludeIds, query]);
  const current = Math.min(active, Math.max(0, options.length - 1));
  const shown = open && options.length > 0;

  function pick(m: MemberView | undefined) {
    if (!m) return;
    onPick(m);
    setQuery("");
    setOpen(false);
    setActive(0);
  }

  return (
    <div className="relative">
      <input
        ref={input}
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={shown}
        aria-autocomplete="list"
        aria-controls={shown ? listId : undefined}
        aria-activedescendant={shown ? optionId(current) : undefined}
        autoComplete="off"
        disabled={disabled}
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            if (!open) return setOpen(true);
            const n = options.length;
            if (n) setActive((current + (e.key === "ArrowDown" ? 1 : n - 1)) % n);
          } else if (e.key === "Enter") {
            e.preventDefault();
            if (shown) pick(options[current]);
          } else if (e.key === "Escape") {
            e.preventDefault();
            e.stopPropagation();
            if (open) setOpen(false);
            else setQuery("");
          }
        }}
        className="block w-full rounded-md border border-stone-300 px-2 py-1 text-sm"
      />
      {shown && (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute z-40 mt-1 max-h-56 w-full overflow-y-auto rounded-md border border-stone-200 bg-white py-1 shadow-lg"
        >
          {options.map((m, i) => (
            <li
              key={m.user.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              // mousedown, not click: the input keeps focus and its blur does not close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(m);
              }}
              onMouseEnter={() => setActive(i)}
              className="flex cursor-pointer items-baseline justify-between gap-2 px-2 py-1 text-sm aria-selected:bg-blue-50"
            >
              <span>{m.user.name}</span>
              <span className="text-xs text-stone-600">
                {ROLE_LABEL[m.role]} · {m.openAssignments} open
              </span>
            </li>
          ))}
        </ul>
      )}
      {open && options.length === 0 && <p className="mt-1 text-xs text-stone-600">Nobody who may review matches “{query}”.</p>}
    </div>
  );
}
