import { expect, test } from "vitest";
import { isBlockedAddress } from "./address";

test.each([
  ["127.0.0.1", true],
  ["127.255.255.254", true],
  ["10.1.2.3", true],
  ["172.16.0.1", true],
  ["172.31.255.255", true],
  ["192.168.1.1", true],
  ["169.254.169.254", true],
  ["0.0.0.0", true],
  ["100.64.0.1", true],
  ["224.0.0.1", true],
  ["::1", true],
  ["::", true],
  ["fc00::1", true],
  ["fd12:3456::1", true],
  ["fe80::1", true],
  ["febf::1", true],
  ["ff02::1", true],
  ["::ffff:127.0.0.1", true],
  ["::ffff:7f00:1", true],
  ["::ffff:10.0.0.1", true],
  ["64:ff9b::a9fe:a9fe", true],
  ["[::1]", true],
  ["not-an-ip", true],
  ["", true],
  ["93.184.216.34", false],
  ["8.8.8.8", false],
  ["172.32.0.1", false],
  ["172.15.255.255", false],
  ["192.169.0.1", false],
  ["2606:4700::1111", false],
  ["::ffff:8.8.8.8", false],
  ["fec0::1", false],
])("%s blocked: %s", (ip, blocked) => {
  expect(isBlockedAddress(ip)).toBe(blocked);
});
