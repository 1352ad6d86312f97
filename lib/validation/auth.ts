import { z } from "zod";
import { ZText } from "./text";
import { MAX_PASSWORD_BYTES, MIN_PASSWORD_LENGTH, utf8Bytes } from "./limits";

/** An email address as accounts and invitations store it: trimmed, lower-cased. */
export const ZEmail = ZText({ message: "Enter an email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address." }));

/** A password being set (sign-up, change). */
export const ZNewPassword = ZText()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters for the password.`)
  // bcrypt reads only the first 72 bytes: a longer password would be cut without a word.
  .refine((p) => utf8Bytes(p) <= MAX_PASSWORD_BYTES, {
    message: `Keep the password under ${MAX_PASSWORD_BYTES} bytes (about ${MAX_PASSWORD_BYTES} letters, fewer with accents or emoji): longer passwords are cut short by the hashing.`,
  });

export const ZSignUpInput = z.object({
  name: ZText().trim().min(1, "Enter your name.").max(100, "Keep the name under 100 characters."),
  email: ZEmail,
  password: ZNewPassword,
  /**
   * The token of an invitation link (/invite/<token>): the account joins that workspace with the
   * invited role instead of getting one of its own, and may sign up on an invite-only server.
   */
  invitation: ZText().trim().min(1).max(200, "That invitation token is not valid.").optional(),
});
export type TSignUpInput = z.input<typeof ZSignUpInput>;

export const ZSignInInput = z.object({
  email: ZEmail,
  password: ZText().min(1, "Enter your password.").max(200),
});
export type TSignInInput = z.input<typeof ZSignInInput>;

export const ZChangePasswordInput = z.object({
  currentPassword: ZText().min(1, "Enter your current password.").max(200),
  newPassword: ZNewPassword,
});

/** Sign out everywhere: `keepThisOne` keeps the session asking (sign out everywhere else). */
export const ZEndSessionsInput = z.object({ keepThisOne: z.boolean().default(false) });

/** "Forgot password?": the account's email. */
export const ZRequestPasswordResetInput = z.object({ email: ZEmail });

/** The reset page: the link's token and the new password. */
export const ZResetPasswordInput = z.object({
  token: ZText().trim().min(1, "This password reset link is not valid.").max(200, "This password reset link is not valid."),
  newPassword: ZNewPassword,
});
