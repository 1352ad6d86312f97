// In-app notification kinds (the bell), one vocabulary for the schema enum, the use cases that
// create them and the UI. The list: assigned to you, mentioned, your verdict overruled
// in adjudication, your claim approved or reopened.
export const NOTIFICATION_KINDS = ["ASSIGNED", "MENTIONED", "OVERRULED", "APPROVED", "REOPENED"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_LABEL: Record<NotificationKind, string> = {
  ASSIGNED: "assigned a claim to you",
  MENTIONED: "mentioned you",
  OVERRULED: "decided differently from your verdict",
  APPROVED: "approved a claim you reviewed",
  REOPENED: "reopened a claim you reviewed",
};
