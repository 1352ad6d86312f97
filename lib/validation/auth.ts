import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "./limits";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address." }));

export const ZSignUpInput = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Keep the name under 100 characters."),
  email,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters for the password.`)
    .max(200, "Keep the password under 200 characters."),
});
export type TSignUpInput = z.input<typeof ZSignUpInput>;

export const ZSignInInput = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(200),
});
export type TSignInInput = z.input<typeof ZSignInInput>;
