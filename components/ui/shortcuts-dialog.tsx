"use client";
import { useModalDialog } from "./use-modal-dialog";

const SHORTCUTS: [string, string][] = [
  ["j / k", "Next / previous unit"],
  ["s", "Supported (then type the rationale)"],
  ["d", "Disputed (then type the rationale)"],
  ["o", "Opinion"],
  ["u", "Back to Unreviewed"],
  ["Ctrl+Enter", "Save the verdict (in the rationale box)"],
  ["Esc", "Leave the rationale box (keys work again)"],
  ["/", "Search all documents"],
  ["?", "Show these shortcuts"],
  ["Esc", "Close this dialog"],
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="shortcuts-title" className="m-auto rounded-lg p-6 shadow-xl backdrop:bg-black/30">
      <h2 id="shortcuts-title" className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <table className="mt-3 text-sm">
        <tbody>
          {SHORTCUTS.map(([k, v]) => (
            <tr key={k}>
              <td className="py-1 pr-4">
                <kbd className="rounded border border-stone-300 bg-stone-50 px-1.5 font-mono">{k}</kbd>
              </td>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose} className="mt-4 rounded-md bg-stone-800 px-3 py-1 text-sm text-white">
        Close
      </button>
    </dialog>
  );
}
