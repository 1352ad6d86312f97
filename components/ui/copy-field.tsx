"use client";
import { useRef, useState } from "react";

/**
 * A secret shown once (an invitation link, an API token): read-only, selected on focus, with a
 * Copy button. Where the clipboard is refused (an insecure origin, a denied permission) the value
 * is selected and the reader is told to press Ctrl+C.
 */
export function CopyField({ value, label, button = "Copy" }: { value: string; label: string; button?: string }) {
  const [copied, setCopied] = useState<"yes" | "no">();
  const input = useRef<HTMLInputElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      input.current?.select();
      setCopied("no");
    }
  }

  return (
    <>
      <div className="mt-2 flex gap-2">
        <input
          ref={input}
          readOnly
          value={value}
          aria-label={label}
          onFocus={(e) => e.currentTarget.select()}
          className="block w-full rounded border border-stone-300 bg-white px-2 py-1 font-mono text-xs"
        />
        <button type="button" onClick={copy} className="shrink-0 rounded-md border border-stone-300 bg-white px-3 py-1 hover:bg-stone-50">
          {button}
        </button>
      </div>
      <p aria-live="polite" className="mt-1 text-xs text-stone-600">
        {copied === "yes" ? "Copied." : copied === "no" ? "Press Ctrl+C (⌘C) to copy the selected text." : ""}
      </p>
    </>
  );
}
