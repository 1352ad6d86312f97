import "server-only";
import type { Transport, TransportOptions } from "nodemailer";

// Email is optional: without SMTP_URL nothing is sent and people share invitation links by
// hand (the owner copies it from the page). nodemailer is an optional dependency, loaded only
// when a mailer is asked for, so a server without it (or without SMTP) works the same otherwise.

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text only: names people typed (workspaces, accounts) never become HTML. */
  text: string;
}

export interface Mailer {
  /** Resolves with the transport's report once the server accepted the message. */
  send(message: MailMessage): Promise<unknown>;
}

/** The mailer configured by SMTP_URL (e.g. smtps://user:pass@smtp.example.org:465), or null. */
export async function smtpMailer(env: Record<string, string | undefined> = process.env): Promise<Mailer | null> {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  return nodemailerMailer(url, env.SMTP_FROM?.trim() || "Warrant <no-reply@localhost>");
}

/** A mailer over any nodemailer transport (an SMTP URL; tests use the JSON or stream transport). */
export async function nodemailerMailer(transport: string | TransportOptions | Transport | Record<string, unknown>, from: string): Promise<Mailer> {
  let nodemailer: typeof import("nodemailer");
  try {
    nodemailer = await import("nodemailer");
  } catch {
    throw new Error("SMTP_URL is set, but the optional package nodemailer is not installed: run `npm install nodemailer`.");
  }
  const transporter = nodemailer.createTransport(transport as TransportOptions);
  return { send: (message) => transporter.sendMail({ from, ...message }) };
}
