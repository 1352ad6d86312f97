import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "./limits";

/** An email address as accounts and invitations store it: trimmed, lower-cased. */
export const ZEmail = z
  .string({ message: "Enter an email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address." }));

export const ZSignUpInput = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Keep the name under 100 characters."),
  email: ZEmail,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters for the password.`)
    .max(200, "Keep the password under 200 characters."),
  /**
   * The token of an invitation link (/invite/<token>): the account joins that workspace with the
   * invited role instead of getting one of its own, and may sign up on an invite-only server.
   */
  invitation: z.string().trim().min(1).max(200, "That invitation token is not valid.").optional(),
});
export type TSignUpInput = z.input<typeof ZSignUpInput>;

export const ZSignInInput = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password.").max(200),
});
export type TSignInInput = z.input<typeof ZSignInInput>;
