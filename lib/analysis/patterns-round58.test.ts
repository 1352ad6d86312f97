// Patterns read from round 58 of the development corpus (issue 14: `dev58`, Tainan City Council releases of 2019–2020), each
// in a made-up text of the same shape.
import { expect, test } from "vitest";
import { quote } from "./pattern-helpers";

test.each([
  // A Latin name with a space inside Chinese text is one name.
  ["回溯今年5月1日在總質詢中的詢答，Ingay Tali議員表示：「原住民專責機關是族人的期待。」", "Ingay Tali議員"],
  // "聽清楚X說": the one heard.
  ["還原他在簽約現場的影帶，確實聽清楚謝龍介說，「行口價加10%收購，40元就44元收購」，全國譁然。", "謝龍介"],
  // A time opening the sentence is no subject; "都" ends one.
  ["索羅門與台灣斷交，本月16日中國外交部及台辦都發表談話，都說「台灣是中國領土的一部分，這是基本事實」。", "中國外交部及台辦"],
])("%s", (text, speaker) => {
  const words = /[「『](.{2})/u.exec(text)![1]!;
  expect(quote(text, "zh", words).speaker).toBe(speaker);
});

test("a connective opening the sentence is no subject either", () => {
  expect(quote("但是在五月質詢後，一直到7月底才收到書面回復，表示『評估後再行函復』，讓人懷疑。", "zh", "評估後").speaker).toBeNull();
});

test.each([
  // What a council asks the city to build, plan or set up is named, not said.
  ["林宜瑾建議與客運合作打造「複合式轉運站」，提供公共運輸服務。", "複合式轉運站"],
  ["她也要求環保局新設「廚餘脫水發酵設備」，解決廚餘問題。", "廚餘脫水"],
  ["林宜瑾也要求第二期市地重劃的住宅區，應規劃「青年公宅」。", "青年公宅"],
  ["林宜瑾關心「原新化果菜市場規劃」，建議打造轉運站。", "原新化"],
])("%s", (text, words) => {
  expect(quote(text, "zh", words).kind).toBe("title");
});

test.each([
  // 喊話 (calls out) and 提醒 (reminds) report words.
  ["至於中央的經費怎麼來？黃偉哲也喊話：「這要靠未來的立委替我們到中央爭取！」", "黃偉哲"],
  ["家長仍反應名額不足，林宜瑾提醒市府「公幼的事不能懈怠，再窮不能窮教育」。", "林宜瑾"],
])("%s", (text, speaker) => {
  const words = /「(.{2})/u.exec(text)![1]!;
  expect(quote(text, "zh", words).speaker).toBe(speaker);
});
