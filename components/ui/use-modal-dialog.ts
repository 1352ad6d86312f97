"use client";
import { useEffect, useRef } from "react";

/** A native <dialog> shown modally while `open` is true (focus trap, Esc and backdrop from the browser). */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return ref;
}
