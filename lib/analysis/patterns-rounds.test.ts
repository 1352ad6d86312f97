// Attribution, kind and coreference patterns of rounds 4–6 of the development corpus (issue 14),
// each in a made-up sentence of the same shape: subjects over objects, French and Spanish
// bodies, offices and their holders, organisations, initials, appositions, joined predicates,
// participles, inversions, according-to phrases after a quotation, titles and amounts.
import { describe, expect, test } from "vitest";
import { lastSpeech, quote } from "./pattern-helpers";

describe("rounds 4–6: subjects over objects, bodies, offices and attribution shapes", () => {
  // One made-up sentence per rule, as [language, text, the speaker of its last speech quotation].
  test.each([
    ["en", 'Paul Brown met Jane Roe on Monday. Later the talks with Mark Lee ended in a deal. "We agree," he said.', "Paul Brown"],
    ["fr", "Michel Spiro a rencontré lundi le ministre. Les négociations avec Pierre Martin ont abouti. « Nous sommes d'accord », a-t-il dit.", "Michel Spiro"],
    ["ru", "Иван Петров прилетел в Москву. Переговоры с Сергеем Ивановым прошли успешно. «Мы согласны», — сказал он.", "Иван Петров"],
    ["fr", "Le gouvernement malien a dit : « Nous sommes prêts ».", "gouvernement malien"],
    ["fr", "Le conseil municipal a déclaré : « Nous sommes prêts ».", "conseil municipal"],
    ["fr", "L’Association des leaders religieux du Mali a déclaré : « la situation est sous contrôle ».", "Association des leaders religieux du Mali"],
    ["fr", "Le président du conseil du CERN, Michel Spiro, a déclaré : « Nous sommes prêts ».", "Michel Spiro"],
    ["es", "El consejo nacional declaró: «Estamos listos».", "consejo nacional"],
    ["fr", "Antoni Pastor vota contre. La politique du président José Ramón Bauzà l'a surpris. « Nous sommes prêts », a-t-il déclaré.", "Antoni Pastor"],
    ["en", 'Cynthia Thompson, curator of exhibits at the University of Arkansas, Fayetteville, said, "These images document his life."', "Cynthia Thompson"],
    ["en", 'Hilary Braysmith, USI associate professor of art history, said, "He was ground-breaking."', "Hilary Braysmith"],
    ["fr", "Antoni Pastor a été exclu hier. Estimant que « le catalan est notre propre langue », il vota contre.", "Antoni Pastor"],
    ["fr", "Le Parti populaire a exclu hier Antoni Pastor. Il déclara alors : « Il faut savoir quel est le scénario. »", "Antoni Pastor"],
    ["ru", "Экс-мэр Москвы Юрий Лужков дал интервью. «В планах — выращивание грибов», — сказал он.", "Юрий Лужков"],
    ["ru", "Оратор, 20-летний Хамзат Азимов, угрожает Франции, призывает сторонников переселяться в «страну ислама».", "Хамзат Азимов"],
    [
      "ru",
      "Леннон был убит жителем Гавайи Марком Дэвидом Чэпменом. Мотивом преступления Чэпмен позже назвал желание прославиться, или, по его словам, «похитить славу».",
      // (in the nominative, as the surname gives it: "Чэпмен")
      "Марк Дэвид Чэпмен",
    ],
    ["en", 'Prime Minister John Key said he believes redesigning the flag now has a "strong rationale".', "John Key"],
    ["fr", "Un rapport de la Ligue arabe apporte la même conclusion : « Les tirs venaient de l'opposition ».", "Ligue arabe"],
    ["fr", "Selon le nouveau directeur du site de Jababeka David Quentin, « les machines tournent en trois équipes ».", "David Quentin"],
    [
      "en",
      'Civil Defense Authority director General Suleiman al-Amr, in remarks to television, said "All the wounded have been taken to hospital."',
      "General Suleiman al-Amr",
    ],
    ["en", 'The mosque was uncrowded. "It would have been much worse," Khaled Al-Maeena, editor at large at the Saudi Gazette, said.', "Khaled Al-Maeena"],
    [
      "ru",
      "Последний чемпион мира Гарри Каспаров, который закончил карьеру, отказался назвать фаворита в матче Топалов — Крамник, но сказал: «Топалов — не фаворит».",
      "Гарри Каспаров",
    ],
    [
      "ru",
      "Позже, в интервью газете Nice Matin Бриджит Бардо рассказала о причинах переезда.\n\nМатериал озаглавлен цитатой: «Я отдаю России свой статус иконы».",
      "Бриджит Бардо",
    ],
    ["fr", "Valentine Sapounov a parlé à l'agence.\n\n« Rien ne peut être sûr à 100 % », a indiqué V. Sapounov.", "Valentine Sapounov"],
    ["en", 'Hugo Chavez spoke on Sunday. "We have reliable information of your quick recuperation" said Chavez on Castro\'s condition.', "Hugo Chavez"],
    [
      "en",
      'Carlos Lage spoke in Bolivia. Lage denied reports that Castro has cancer and said that the leader had "been made well by the operation."',
      "Carlos Lage",
    ],
    ["en", 'Secretary of State Condoleezza Rice said: "We are ready."', "Condoleezza Rice"],
    [
      "fr",
      "Gilles-Éric Séralini a présenté l'étude. « Les rats meurent plus vite », a-t-il dit.\n\nLa revue Food and Chemical Toxicology a publié des photos.\n\n« Les résultats révèlent des mortalités », résume l'universitaire.",
      "Gilles-Éric Séralini",
    ],
    [
      "ru",
      "После дистанции Юлия Зарипова поцеловала дорожку. «Я бежала в своем темпе, — сказала олимпийская чемпионка. — Соперницы пытались выйти вперед».",
      "Юлия Зарипова",
    ],
    ["ru", "Анастасия Удальцова сообщила «Интерфаксу», со ссылкой на звонок из полиции, что против нее «собираются завести дело».", "Анастасия Удальцова"],
    [
      "en",
      'Íngrid Betancourt was freed. Betancourt arrived in France. "I owe everything to you," she said, thanking France for its help.',
      "Íngrid Betancourt",
    ],
    [
      "en",
      'Freed hostage Íngrid Betancourt arrived with President Nicolas Sarkozy. Later, Betancourt condemned the rebels. "I think the world is aware of it", she said.',
      "Íngrid Betancourt",
    ],
    [
      "ru",
      "Об этом 5 октября заявил прокурор Жан-Франсуа Рикар.\n\nПо словам прокурора, нападавший в последние месяцы «изменил стиль одежды». Он одобрял атаку на редакцию журнала Charlie Hebdo.",
      "Жан-Франсуа Рикар",
    ],
    ["fr", "L'action de Samsung Electronics était en baisse. « Le contexte est bien pire qu'attendu », commente Song Myung-Sup, analyste.", "Song Myung-Sup"],
    [
      "en",
      'Andy Warhol died in 1987. For Kevin Allton, a USI instructor in English, Warhol was also a legend. He said, "Warhol was the center of the Zeitgeist."',
      "Kevin Allton",
    ],
    [
      "en",
      'Standing beside the President, Íngrid Betancourt said, "I cry with joy." The politician was greeted by the President and the First Lady, Carla Bruni-Sarkozy. "I owe everything to you," she said.',
      "Íngrid Betancourt",
    ],
    ["fr", "Le syndicat SUD-PTT dénonce la réforme. « Nous refusons ce plan », estime le syndicat.", "SUD-PTT"],
    [
      "ru",
      "«Эти надежды слабые», — признал Владимир Сливяк.\n\nЛидер московского отделения Федерации автовладельцев России (ФАР) Сергей Канаев думает иначе.\n\n«Свои надежды мы связываем с отменой налога», — резюмировал он.",
      "Сергей Канаев",
    ],
    [
      "ru",
      "Сергей Канаев выступил.\n\nЗадачей-минимум Канаев видит ответственность власти «за бездействие и неправильное исполнение обязанностей».",
      "Сергей Канаев",
    ],
  ])("%s: %s", (language, text, speaker) => {
    expect(lastSpeech(text, language).speaker?.name).toBe(speaker);
  });

  test.each([
    [
      "fr",
      "Lors du deuxième procès d'Yvan Colonna, en 2009, Antoine Sollacaro avait entrepris de démolir la Cour lors d'une violente envolée : « C'est vous qui êtes en cause ».",
    ],
    [
      "fr",
      "En 1999, il eut un violent clash avec Antoine Sollacaro, le successeur de Claude Erignac, qui lui avait rétorqué : « Je partirai quand vos amis cesseront ».",
    ],
    ["en", 'Antoine Sollacaro of the British gay rights organization, Stonewall, said: "We are obviously delighted."'],
  ])("%s: %s", (language, text) => {
    expect(lastSpeech(text, language).speaker?.name).toBe("Antoine Sollacaro");
  });

  test("further after a quotation, a reporting verb with the name right after it (French inversion)", () => {
    const text =
      "L'action a baissé. « Le contexte est bien pire qu'attendu », y compris le montant de dommages imposé à Samsung, commente Song Myung-Sup, analyste.";
    expect(lastSpeech(text, "fr").speaker?.name).toBe("Song Myung-Sup");
  });

  test("titles after 'author of' and joined to a title by 'and' are titles", () => {
    const text = "В беседе с изданием Sydney Morning Herald автор «Диких сердцем» и «Малхолланд Драйва» сказал, что уходит из кино.";
    expect(quote(text, "ru", "Диких").kind).toBe("title");
    expect(quote(text, "ru", "Малхолланд").kind).toBe("title");
  });

  test("по его мнению: an according-to phrase with a pronoun inside it", () => {
    const text =
      "«Весь закон — одна большая проблема», — отметил Владимир Сливяк.\n\nПо его мнению, Госдумами прошлых лет были приняты законы, за которыми кроются «экономические интересы людей из власти».";
    expect(lastSpeech(text, "ru").speaker?.name).toBe("Владимир Сливяк");
  });

  test("a source named after a short quotation (according to X) speaks it, unless a reporting verb leads into it", () => {
    const en = 'Fidel Castro\'s condition is "satisfactory" following surgery last Monday according to Cuban vice-premier Carlos Lage at a press conference.';
    expect(quote(en, "en", "satisfactory")).toMatchObject({ kind: "speech", speaker: "Carlos Lage" });
    const led = 'Carlos Lage spoke in Bolivia. Lage said that Castro sends the people "fraternal greetings" according to the agency Prensa Latina.';
    expect(quote(led, "en", "fraternal")).toMatchObject({ kind: "speech", speaker: "Carlos Lage" });
    const ru = "В своём интервью «Спорт-Экспрессу» Андрей Тихонов признался: «Приятно, если чем-то запомнюсь».";
    expect(quote(ru, "ru", "Спорт-Экспрессу").kind).toBe("title");
  });

  test("a cited headline with the dash glued to its publisher is a title; a Russian dative after a reporting verb is whom it was told", () => {
    const en = 'Source\n\nAndrew Gumbel. "Castro\'s Cuba shrugs off US plea for change" —The Independent, August 6, 2006';
    expect(quote(en, "en", "Castro's Cuba").kind).toBe("title");
    const ru = "Анастасия Удальцова сообщила «Интерфаксу», со ссылкой на звонок, что против нее «собираются завести дело».";
    expect(quote(ru, "ru", "Интерфаксу").kind).toBe("title");
  });

  test("a quoted amount is someone's figure, not a name; a law's long title after its kind is a title", () => {
    const fr = "Joechen Zaumseil parle. Il précise que la construction a nécessité « 100 millions d'euros » d'investissement.";
    expect(quote(fr, "fr", "100 millions")).toMatchObject({ kind: "speech", speaker: "Joechen Zaumseil" });
    const ru =
      "Назарбаев подписал конституционный закон «О внесении дополнений и изменений в некоторые конституционные законы Республики Казахстан», устанавливающий сроки.";
    expect(quote(ru, "ru", "О внесении").kind).toBe("title");
  });

  test("a pronoun still takes an object when no subject was named near it", () => {
    const text = 'The committee spoke with Mark Lee on Monday. "We agree," he said.';
    expect(lastSpeech(text, "en").speaker?.name).toBe("Mark Lee");
  });
});
