import { expect, test } from "vitest";
import { isBlockedAddress } from "./address";

test.each([
  // IPv4
  ["127.0.0.1", true],
  ["127.255.255.254", true],
  ["10.1.2.3", true],
  ["172.16.0.1", true],
  ["172.31.255.255", true],
  ["192.168.1.1", true],
  ["169.254.169.254", true],
  ["0.0.0.0", true],
  ["100.64.0.1", true],
  ["192.0.2.10", true],
  ["198.51.100.7", true],
  ["203.0.113.99", true],
  ["198.18.0.1", true],
  ["224.0.0.1", true],
  ["255.255.255.255", true],
  ["93.184.216.34", false],
  ["8.8.8.8", false],
  ["172.32.0.1", false],
  ["172.15.255.255", false],
  ["192.169.0.1", false],
  // IPv6 special ranges
  ["::1", true],
  ["::", true],
  ["0:0:0:0:0:0:0:1", true],
  ["0000:0000:0000:0000:0000:0000:0000:0001", true],
  ["fc00::1", true],
  ["fd12:3456::1", true],
  ["fe80::1", true],
  ["FE80::1", true],
  ["fe80::1%eth0", true],
  ["febf::1", true],
  ["fec0::1", true], // site-local (deprecated, private scope)
  ["ff02::1", true],
  ["100::1", true], // discard-only
  ["2001:db8::1", true], // documentation
  ["3fff::1", true], // documentation
  ["2001:2::1", true], // benchmarking
  ["2001:10::1", true], // ORCHID
  ["[::1]", true],
  ["not-an-ip", true],
  ["", true],
  // IPv4-mapped ::ffff:0:0/96, every spelling
  ["::ffff:127.0.0.1", true],
  ["::ffff:7f00:1", true],
  ["::FFFF:7F00:0001", true],
  ["0:0:0:0:0:ffff:7f00:1", true],
  ["0:0:0:0:0:ffff:127.0.0.1", true],
  ["0000:0000:0000:0000:0000:ffff:7f00:0001", true],
  ["::ffff:10.0.0.1", true],
  ["::ffff:a9fe:a9fe", true],
  ["[::ffff:169.254.169.254]", true],
  ["::ffff:8.8.8.8", false],
  ["0:0:0:0:0:ffff:808:808", false],
  // IPv4-translated ::ffff:0:0:0/96
  ["::ffff:0:7f00:1", true],
  ["::ffff:0:127.0.0.1", true],
  ["0:0:0:0:ffff:0:a9fe:a9fe", true],
  ["::ffff:0:808:808", false],
  // IPv4-compatible ::/96 (deprecated): refused whatever it holds
  ["::127.0.0.1", true],
  ["::7f00:1", true],
  ["::a00:1", true],
  ["0:0:0:0:0:0:a9fe:a9fe", true],
  ["::8.8.8.8", true],
  // NAT64 64:ff9b::/96 judged by the IPv4 it holds; local-use 64:ff9b:1::/48 refused
  ["64:ff9b::a9fe:a9fe", true],
  ["64:ff9b::127.0.0.1", true],
  ["64:ff9b:0:0:0:0:a00:1", true],
  ["64:ff9b::808:808", false],
  ["64:ff9b:1::808:808", true],
  // 6to4 2002::/16 judged by the IPv4 it holds (groups 2 and 3)
  ["2002:7f00:1::", true],
  ["2002:7f00:0001::1", true],
  ["2002:a9fe:a9fe::1", true],
  ["2002:c0a8:101:0:0:0:0:1", true],
  ["2002:a00:1::", true],
  ["2002:808:808::1", false],
  // Teredo 2001::/32: refused
  ["2001::1", true],
  ["2001:0:4136:e378:8000:63bf:3fff:fdd2", true],
  // Public
  ["2606:4700::1111", false],
  ["2a00:1450:4001:80b::200e", false],
  ["2001:4860:4860::8888", false],
])("%s blocked: %s", (ip, blocked) => {
  expect(isBlockedAddress(ip)).toBe(blocked);
});
