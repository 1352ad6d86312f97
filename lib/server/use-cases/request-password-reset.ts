import "server-only";
import { EMAIL_RESET_TTL_MS } from "@/lib/domain/membership";
import { ZRequestPasswordResetInput } from "@/lib/validation/auth";
import { db } from "../db";
import { smtpMailer, type Mailer } from "../mail";
import { createReset, resetUrl } from "../password-resets";
import { checkThrottle, recordHit, RULES, type ThrottleKey } from "../throttle";
import { log } from "../log";

export interface RequestResetOptions {
  /** WARRANT_PUBLIC_URL: emailed links never take their origin from the request (Host header poisoning). */
  baseUrl: string | null;
  /** Who sends the email; default the SMTP_URL mailer, or none. */
  mailer?: Mailer | null;
  now?: Date;
}

/**
 * "Forgot password?": with SMTP_URL, an account with this email gets a one-time link (an hour);
 * the answer is the same whether the account exists or not (no account enumeration), and requests
 * are throttled per address and per email like password guesses (no mail bombing). Without email
 * (or without WARRANT_PUBLIC_URL, which the link must start with), nothing is made: the answer says to ask a workspace owner, who can make a link on the members page.
 */
export async function requestPasswordReset({ input, address = null }: { input: unknown; address?: string | null }, options: RequestResetOptions) {
  const { email } = ZRequestPasswordResetInput.parse(input);
  const mailer = options.mailer === undefined ? await smtpMailer().catch(() => null) : options.mailer;
  if (!mailer || !options.baseUrl) {
    if (mailer) log.warn("SMTP_URL is set but WARRANT_PUBLIC_URL is not: password reset emails are off (their links need the public address)");
    return { emailSent: false as const };
  }
  const baseUrl = options.baseUrl;
  const keys: ThrottleKey[] = [
    { key: `reset:acct:${email}`, rule: { free: 3, windowMs: RULES.accountAddress.windowMs, baseDelayMs: 60_000, maxDelayMs: 3600_000 } },
    ...(address ? [{ key: `reset:addr:${address}`, rule: RULES.address }] : []),
  ];
  await checkThrottle(keys, "Too many password reset requests.");
  await recordHit(keys);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (user) {
    const { token, expiresAt } = await db.$transaction((tx) => createReset(tx, { userId: user.id, ttlMs: EMAIL_RESET_TTL_MS }, options.now));
    const url = resetUrl(baseUrl, token);
    await mailer
      .send({
        to: user.email,
        subject: "Reset your Warrant password",
        text: [
          `Someone (hopefully you) asked to reset the Warrant password of ${user.email}. Open this link to set a new one:`,
          url,
          "",
          `The link works once and expires on ${expiresAt.toUTCString()}. Setting a new password signs you out everywhere.`,
          "If you did not ask for this, ignore this email: your password stays as it is.",
        ].join("\n"),
      })
      .catch((e: unknown) => log.error({ err: e }, "the password reset email could not be sent"));
  }
  return { emailSent: true as const };
}
