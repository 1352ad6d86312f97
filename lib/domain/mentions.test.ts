import { describe, expect, test } from "vitest";
import { findMentions, mentionedMemberIds, type Member } from "./mentions";

const MEMBERS: Member[] = [
  { id: "ann", name: "Ann" },
  { id: "annlee", name: "Ann Lee" },
  { id: "maria", name: "Мария Иванова" },
  { id: "lukasz", name: "Łukasz Żółć" },
  { id: "li", name: "李明" },
  { id: "mohammed", name: "محمد علي" },
  { id: "anil", name: "अनिल कुमार" },
  { id: "jose", name: "José" },
  { id: "o", name: "  Olu O.  " },
];

/** The mentions as "id@start-end" plus the mentioned text, easy to read in a table. */
const show = (body: string, members = MEMBERS) => findMentions(body, members).map((m) => `${m.memberId}:${body.slice(m.start, m.end)}@${m.start}`);

describe("findMentions", () => {
  test.each<[string, string, string[]]>([
    ["a plain mention", "thanks @Ann", ["ann:@Ann@7"]],
    ["at the very start", "@Ann please check", ["ann:@Ann@0"]],
    ["the longest name wins", "@Ann Lee and @Ann", ["annlee:@Ann Lee@0", "ann:@Ann@13"]],
    ["case does not matter; the offsets are the text's", "cc @ann lee", ["annlee:@ann lee@3"]],
    ["punctuation after the name ends it", "(@Ann), @Ann. @Ann! @Ann's point", ["ann:@Ann@1", "ann:@Ann@8", "ann:@Ann@14", "ann:@Ann@20"]],
    ["Cyrillic, with a space in the name", "см. @Мария Иванова, спасибо", ["maria:@Мария Иванова@4"]],
    ["Cyrillic, lower case", "@мария иванова", ["maria:@мария иванова@0"]],
    ["Polish letters", "@Łukasz Żółć?", ["lukasz:@Łukasz Żółć@0"]],
    ["Arabic", "شكرا @محمد علي", ["mohammed:@محمد علي@5"]],
    ["Devanagari with combining marks", "@अनिल कुमार जी", ["anil:@अनिल कुमार@0"]],
    ["Chinese, written without spaces", "请@李明你好看一下", ["li:@李明@1"]],
    ["accents matter (José is not Jose's namesake)", "@Jose @José", ["jose:@José@6"]],
    ["names are trimmed; a dot inside a name is part of it", "@Olu O. said", ["o:@Olu O.@0"]],
    ["an emoji after the name", "@Ann👋", ["ann:@Ann@0"]],
    ["several in a row", "@Ann @Ann Lee @李明", ["ann:@Ann@0", "annlee:@Ann Lee@5", "li:@李明@14"]],
  ])("%s", (_name, body, expected) => {
    expect(show(body)).toEqual(expected);
  });

  test.each<[string, string]>([
    ["an e-mail address", "write to ann@example.org"],
    ["an e-mail address whose domain is a member's name", "mail lee@Ann Lee"],
    ["a dotted local part", "ann.lee@ann"],
    ["a name glued to another @ reads as an address", "@ann@example.org"],
    ["a URL path", "https://x.example/@Ann"],
    ["a longer word that starts with a name", "@Annabel"],
    ["a handle that continues the name", "@ann.lee and @Ann-Marie"],
    ["a digit after the name", "@Ann2"],
    ["no member of that name", "@Bob"],
    ["a bare @", "meet @ 5"],
    ["an empty body", ""],
  ])("no mention: %s", (_name, body) => {
    expect(findMentions(body, MEMBERS)).toEqual([]);
  });

  test("two members with the same name mention nobody, and the name is not cut short", () => {
    const members = [...MEMBERS, { id: "annlee2", name: "ann lee" }];
    expect(show("@Ann Lee, @Ann", members)).toEqual(["ann:@Ann@10"]);
  });

  test("the same member listed twice is not ambiguous", () => {
    expect(show("@Ann", [...MEMBERS, { id: "ann", name: "ANN" }])).toEqual(["ann:@Ann@0"]);
  });

  test("members with empty names are ignored", () => {
    expect(
      findMentions("@ hello @Ann", [
        { id: "blank", name: "  " },
        { id: "ann", name: "Ann" },
      ]),
    ).toEqual([{ memberId: "ann", start: 8, end: 12 }]);
  });

  test("mentionedMemberIds: each member once, in order of first mention", () => {
    expect(mentionedMemberIds("@Ann Lee, @Ann, @Ann Lee and @李明", MEMBERS)).toEqual(["annlee", "ann", "li"]);
  });
});
