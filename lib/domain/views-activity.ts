// Views of activity feeds and in-app notifications. Part of lib/domain/views.ts, which re-exports
// them.
import type { NotificationKind } from "./notifications";
import type { PersonRef, UnitRef } from "./views";

/** One row of an activity feed (the Activity table), for lib/domain/activity.ts to put in words. */
export interface ActivityView {
  id: string;
  at: string;
  action: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  documentId: string | null;
  /** In the workspace feed: the document's title (null once it is deleted). */
  documentTitle: string | null;
  /** The claim the row is about, when it still exists (to open it), and its words (also of a deleted one). */
  unitId: string | null;
  claim: string | null;
  before: unknown;
  after: unknown;
}

/** A page of a feed, newest first; `nextCursor` fetches the older rows (null: no more). */
export interface ActivityPageView {
  entries: ActivityView[];
  /** The actors and the people the entries name. */
  people: PersonRef[];
  /** The units the entries name beyond their own claim (relation ends). */
  units: UnitRef[];
  /** Action codes present in the feed (first page only, else empty): the action filter's options. */
  actions: string[];
  nextCursor: string | null;
}

/** One in-app notification (the bell). */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  actor: PersonRef | null;
  workspaceId: string;
  documentId: string | null;
  documentTitle: string | null;
  unitId: string | null;
  /** The claim's words, when there is one. */
  claim: string | null;
  /** Extra words the writer of the notice stored: e.g. the comment that mentioned you. */
  excerpt: string | null;
  /** Where it leads: the claim in its document, or the document. */
  href: string | null;
  read: boolean;
  createdAt: string;
}

export interface NotificationsPageView {
  /** All the caller's unread notifications (not only this page's). */
  unread: number;
  notifications: NotificationView[];
  nextCursor: string | null;
}
