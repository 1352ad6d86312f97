import { expect, test } from "vitest";
import { NotificationKind } from "@/generated/prisma/enums";
import { NOTIFICATION_KINDS, NOTIFICATION_LABEL } from "./notifications";

test("the kinds are the database enum's values, each with a label", () => {
  expect([...NOTIFICATION_KINDS]).toEqual(Object.values(NotificationKind));
  for (const kind of NOTIFICATION_KINDS) expect(NOTIFICATION_LABEL[kind]).toMatch(/\S/);
});
