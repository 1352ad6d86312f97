import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

interface FieldProps {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
}

const inputClass =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30 aria-[invalid=true]:border-red-600";

/** A labelled control with its hint and errors wired for screen readers (aria-invalid, aria-describedby). */
function Field({
  label,
  name,
  errors,
  hint,
  control,
}: FieldProps & { control: (aria: { name: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string }) => ReactNode }) {
  const errorId = `${name}-error`;
  return (
    <label className="block text-sm font-medium text-stone-800">
      {label}
      {control({ name, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": errors?.length ? errorId : undefined, className: inputClass })}
      {hint && <span className="mt-1 block text-xs font-normal text-stone-500">{hint}</span>}
      <FieldErrors id={errorId} errors={errors} />
    </label>
  );
}

export function TextField({ label, name, errors, hint, ...rest }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return <Field label={label} name={name} errors={errors} hint={hint} control={(aria) => <input {...aria} {...rest} />} />;
}

export function TextAreaField({ label, name, errors, hint, ...rest }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <Field label={label} name={name} errors={errors} hint={hint} control={(aria) => <textarea {...aria} {...rest} />} />;
}

function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <span id={id} className="mt-1 block text-xs font-normal text-red-700">
      {errors.join(" ")}
    </span>
  );
}

/** A form-level message. Not role="alert": Next's route announcer already holds that role. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p data-testid="form-error" aria-live="assertive" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  );
}

/** A form-level success message ("Password changed."). */
export function FormNotice({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
      {message}
    </p>
  );
}

export function SubmitButton({ children, pending, ...rest }: { children: ReactNode; pending?: boolean } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="inline-flex items-center justify-center rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-blue-800 focus:outline-none focus:ring-2 focus:ring-blue-600/40 disabled:opacity-60"
      {...rest}
    >
      {pending ? "Working…" : children}
    </button>
  );
}
