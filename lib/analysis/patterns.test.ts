// Attribution and quotation patterns added against the development corpus (issue 14), each in
// a made-up sentence of the same shape: French inversion, coordinated and listed quotations,
// epigraph sources, split quotations with the attribution inside their marks, office
// complements, an office named before its person, naming words, relative clauses, Russian
// genitive owners, single quotation marks in a headline, month and hyphenated-quantity cues.
import { describe, expect, test } from "vitest";
import { analyze } from "./index";
import { lastSpeech, quote, quotes } from "./pattern-helpers";

describe("speakers", () => {
  test("French inversion: « … », explique-t-il takes the pronoun's referent, the sentence's subject", () => {
    const text =
      "Dans un entretien au Monde, l'ancien ministre Paul Durand décrit sa sœur, Claire Durand, comme « trop prudente ». « Je connais le terrain depuis trente ans », explique-t-il.";
    expect(quote(text, "fr", "Je connais")).toMatchObject({ speaker: "Paul Durand" });
    expect(quote(text, "fr", "Je connais").signals).toContain("reporting-verb:explique-t-il");
    expect(quote(text, "fr", "trop prudente")).toMatchObject({ kind: "speech", speaker: "Paul Durand" });
  });

  test("« … » a-t-il précisé: the pronoun is inside the inverted auxiliary", () => {
    const text = "Le maire Jacques Morel a parlé hier. « Le budget sera voté en mai » a-t-il précisé.";
    expect(quote(text, "fr", "Le budget")).toMatchObject({ speaker: "Jacques Morel" });
  });

  test("an epigraph's source after a dash on its line", () => {
    const text = 'Some text before it.\n"So far, the score is one to nothing. But it is a long game." - Jane Roe\nMore text after it.';
    expect(quote(text, "en", "So far")).toMatchObject({ speaker: "Jane Roe", signals: expect.arrayContaining(["speaker:dash-source"]) });
  });

  test("a split Russian quotation with its attribution inside the marks", () => {
    const text = "Он выступил на совещании. «Мы начали эту работу давно, — напомнил Петров. — И мы её закончим в срок».";
    expect(quote(text, "ru", "Мы начали")).toMatchObject({ speaker: "Петров", signals: expect.arrayContaining(["speaker:inside-quote"]) });
  });

  test("a name joined by 'and' to a governed one is no subject: X of The Globe and Mail said", () => {
    const text = 'In a column, Mary Green of The Daily and Herald dubbed the dispute: "A storm in a teacup, part two".';
    expect(quote(text, "en", "A storm")).toMatchObject({ speaker: "Mary Green" });
  });

  test("Russian office with its genitive complement: — сказал глава государства", () => {
    const text = "«Пора вернуть прежнее название», — сказал глава государства на совещании.";
    expect(quote(text, "ru", "Пора")).toMatchObject({ speaker: "глава государства" });
  });

  test("a Russian genitive or a place between an office and its holder is not part of the name; a patronymic and a three-word name are", () => {
    expect(quote("«Мы будем бороться», — заявил президент Сирии Башар Асад.", "ru", "Мы будем")).toMatchObject({ speaker: "Башар Асад" });
    expect(quote("«Мы победим», — заявил житель штата Массачусетс Джеймс Костелло.", "ru", "Мы победим")).toMatchObject({ speaker: "Джеймс Костелло" });
    // Three words without an oblique ending are one name.
    expect(quote("Бывший президент Йемена Али Абдалла Салех выступил. «Мы победим», — заявил Салех.", "ru", "Мы победим")).toMatchObject({
      speaker: "Али Абдалла Салех",
    });
    expect(quote("«Мы подадим жалобу», — заявила адвокат Алёхиной Оксана Дарова.", "ru", "Мы подадим")).toMatchObject({ speaker: "Оксана Дарова" });
    expect(quote("«Переговоры продолжатся», — заявила представитель МИД Мария Владимировна Захарова.", "ru", "Переговоры")).toMatchObject({
      speaker: "Мария Владимировна Захарова",
    });
  });

  test("an according-to phrase with an office or a source described, not named: linked to the person before it as an office", () => {
    const ru = "Мэр Бостона Томас Менино обвинил журнал. По мнению мэра, обложку можно назвать «непродуманной».";
    // "мэра" is an office noun in the lexicon: the source is that office, linked to the mayor named before.
    expect(quote(ru, "ru", "непродуманной")).toMatchObject({
      speaker: "Томас Менино",
      signals: expect.arrayContaining(["speaker:according-to", "speaker:office→Томас Менино (sentence 1)"]),
    });
    const fr = "Le tandem devait se reconstituer. Selon son complice, « il se sentait faible ces derniers temps ».";
    expect(quote(fr, "fr", "il se sentait")).toMatchObject({ speaker: "son complice" });
  });

  test("French office with its 'de' complement: a répondu la porte-parole de la fédération", () => {
    const text = "« Il ne faut pas être inquiet », a répondu la porte-parole de la fédération à une question.";
    expect(quote(text, "fr", "Il ne faut")).toMatchObject({ speaker: "porte-parole de la fédération" });
  });

  test("an office named before its person, who is named in the next sentence of the paragraph", () => {
    const text = "Le ministre du Commerce extérieur a déclaré lundi que « les exportations vont reprendre ». Pierre Lambert reconnaît tout de même un retard.";
    expect(quote(text, "fr", "les exportations")).toMatchObject({ speaker: "Pierre Lambert" });
    expect(quote(text, "fr", "les exportations").signals.some((s) => s.startsWith("speaker:office→Pierre Lambert"))).toBe(true);
  });

  test("a relative clause before the quotation names the name before its comma", () => {
    const text = "Говорят, что Иванов хотел бы видеть своим преемником Сидорова, который отшучивается словами: «В моём возрасте пора отдыхать».";
    expect(quote(text, "ru", "В моём")).toMatchObject({ speaker: "Сидорова", signals: expect.arrayContaining(["speaker:relative-clause"]) });
  });

  test("a Russian speech noun with its owner in the genitive", () => {
    const text = "Решение не встретило поддержки. Комментарий местного телевидения: «Каждая эпоха когда-то заканчивается».";
    expect(quote(text, "ru", "Каждая")).toMatchObject({ speaker: "местного телевидения" });
  });
});

describe("more speakers", () => {
  test("according to A, quoting B: B is the source", () => {
    const text = 'According to the Daily Courier, quoting the Central Weather Office, the city must prepare for a "state of emergency".';
    expect(quote(text, "en", "state of")).toMatchObject({ speaker: "Central Weather Office", signals: expect.arrayContaining(["speaker:quoting"]) });
  });

  test("a name after an office noun qualifies it: X, ex-députée UMP, l'avait appelée « … »", () => {
    const text = "Tout comme Claire Martin, ex-députée UDF, l'avait appelée la « reine du château ».";
    expect(quote(text, "fr", "reine")).toMatchObject({ speaker: "Claire Martin" });
  });

  test("« … » déclare à l'AFP Jean Roe: the agency it was said to is not the speaker", () => {
    const text = "« Nous ne changerons rien à notre position » déclare à l'AFP Paul Girard, le porte-parole du parti.";
    expect(quote(text, "fr", "Nous ne")).toMatchObject({ speaker: "Paul Girard" });
  });
});

describe("bodies and affiliations", () => {
  test("a ministry is a body: it never resolves to a person named near it", () => {
    const text = "Manuel Valls s'est rendu sur place. Selon le ministère de l'Intérieur, « les auteurs ont été identifiés ».";
    expect(quote(text, "fr", "les auteurs").speaker).toBe("ministère de l'Intérieur");
  });

  test("a name in parentheses qualifies the one before it: X (UMP) a écrit", () => {
    const text = "Le député Lionel Martin (UMP) a écrit : « La séance reprend demain matin ».";
    expect(quote(text, "fr", "La séance").speaker).toBe("Lionel Martin");
  });
});

describe("kinds", () => {
  test("a quoted predicate is someone's words, not a scare quote", () => {
    expect(quote("Il ajoute que le succès tient au fait que sa rivale « est une femme ».", "fr", "est une").kind).toBe("speech");
    expect(quote("Le succès de la « dédiabolisation » reste incertain.", "fr", "dédiabolisation").kind).toBe("scare");
  });

  test("a short quotation joined to a speech quotation is speech: « … » et « injuste »", () => {
    const text = "Pour les syndicats, la réforme était « une erreur historique et très coûteuse pour tous » et « injuste ».";
    expect(quote(text, "fr", "une erreur").kind).toBe("speech");
    expect(quote(text, "fr", "injuste")).toMatchObject({ kind: "speech", signals: ["quote-kind:coordinated"] });
  });

  test("a capitalised quotation right after a naming word is a name, not speech", () => {
    expect(quote('The attack came from a group labelled "Nobody", on a forum.', "en", "Nobody").kind).toBe("title");
    expect(quote("Он играл за клуб под названием «Звезда» три сезона.", "ru", "Звезда").kind).toBe("title");
    // Lower case after the same verb is still someone's words.
    expect(quote('The bishop called the ruling "irresponsible" on Sunday.', "en", "irresponsible").kind).toBe("speech");
  });

  test("capitalised quotations listed with commas are names of works", () => {
    const text = "Наиболее известен по произведениям: «Песня о море», «Три вечера», «Северный реквием».";
    for (const w of ["Песня", "Три", "Северный"]) expect(quote(text, "ru", w)).toMatchObject({ kind: "title", signals: ["quote-kind:list-of-names"] });
  });

  test("a headline may quote with single marks while the body uses double ones", () => {
    const text = "Army put in 'state of alert'\nThe ministry said the army must prepare for a \"state of alert\". It's the country's first such order.";
    const found = quotes(text, "en").map((q) => text.slice(q.start, q.end));
    expect(found).toEqual(["'state of alert'", '"state of alert"']);
  });
});

describe("check-worthiness cues", () => {
  const first = (text: string, language: string) => analyze(text, { language }).units[0]!;
  test("an event with a month named alone is a dated event, in English too", () => {
    const u = first("In March, a bag of secret plans was found on a street downtown.", "en");
    expect(u.signals).toEqual(expect.arrayContaining(["checkable:date:march", "checkable:dated-event"]));
    expect(u.checkworthy).toBeGreaterThanOrEqual(0.5);
  });

  test("a hyphen may join a number to its unit", () => {
    expect(first("The country started the broadcasts again after an 11-year pause.", "en").signals).toContain("checkable:quantity:11-year");
  });
});

describe("Russian attribution shapes", () => {
  test.each([
    ["«…», — сказал X", "Вчера прошла встреча. «Мы готовы к переговорам», — сказал Иван Петров.", "Иван Петров"],
    ["«…», — заявил он", "Иван Петров выступил вчера. «Мы готовы к переговорам», — заявил он.", "Иван Петров"],
    ["Как сообщил X, «…»", "Как сообщил Иван Петров, «переговоры продолжатся на следующей неделе».", "Иван Петров"],
    ["X заявил: «…»", "Иван Петров заявил: «Переговоры продолжатся на следующей неделе».", "Иван Петров"],
    ["— отметил министр обороны X", "«Переговоры продолжатся на следующей неделе», — отметил министр обороны Сергей Шойгу.", "Сергей Шойгу"],
    ["— рассказал агентству «…» X", "«Переговоры продолжатся на следующей неделе», — рассказал агентству «Интерфакс» Иван Петров.", "Иван Петров"],
    ["— добавила она", "Мария Иванова выступила вчера. «Работа идёт», — сказала Мария Иванова. «Мы успеем в срок», — добавила она.", "Мария Иванова"],
    [
      "— говорится в сообщении …",
      "«Переговоры продолжатся на следующей неделе», — говорится в сообщении пресс-службы министерства.",
      "пресс-службы министерства",
    ],
    ["— пишет газета «…»", "«Переговоры продолжатся на следующей неделе», — пишет газета «Коммерсант».", "Коммерсант"],
    [
      "Президент России X … — подчеркнул глава государства",
      "Президент России Владимир Путин провёл встречу. «Мы готовы к переговорам», — подчеркнул глава государства.",
      "Владимир Путин",
    ],
    ["она: the woman named, by her oblique ending", "Сергей Иванов встретился с Анной Смирновой. «Мы обсудили всё», — сказала она.", "Анной Смирновой"],
    ["— отметил наставник «…» X", "«Ребята сыграли отлично», — отметил после матча наставник «Спартака» Андрей Козлов.", "Андрей Козлов"],
    ["Глава МИД X заявил: «…»", "Глава МИД Сергей Лавров заявил: «Кризис скоро закончится».", "Сергей Лавров"],
    ["— приводит слова X агентство", "«Кризис скоро закончится», — приводит слова Ивана Петрова агентство.", "Ивана Петрова"],
    ["«…». По его словам, «…»", "Иван Петров выступил вчера на форуме. «Кризис скоро закончится». По его словам, «рынок уже растёт».", "Иван Петров"],
    ["Она напомнила, что «…»", "Мария Захарова выступила на брифинге. Она напомнила, что «кризис скоро закончится».", "Мария Захарова"],
    ["— заявила агентство, представитель X", "«Переговоры продолжатся», — заявила РИА Новости официальный представитель МИД Мария Захарова.", "Мария Захарова"],
    ["представитель МИД России X заявила:", "Официальный представитель МИД России Мария Захарова заявила: «Переговоры продолжатся».", "Мария Захарова"],
    ["— сказал «Известиям» депутат X", "«Переговоры продолжатся», — сказал «Известиям» депутат Госдумы Иван Петров.", "Иван Петров"],
    ["dialogue: — …, — признался X", "Он вышел к журналистам.\n— Мы очень устали, — признался Петров.\nПотом он уехал.", "Петров"],
    ["X после известия о смерти Y заявил:", "Иван Петров после известия о смерти Сидорова заявил: «Мы все будем скучать».", "Иван Петров"],
    ["После боя X сказал:", "После боя Сергей Орлов сказал: «Верю, что всё будет хорошо».", "Сергей Орлов"],
    [
      "В интервью «…» он заявил (после имени)",
      "Эзра Уильям открыл ресторан. В интервью South China Morning Post он заявил, что «очень много работает».",
      "Эзра Уильям",
    ],
    [
      "она … отшутилась: (foreign surname, Russian first name)",
      "Иван Петров и Мария Клинтон выступили вчера. Она несколько минут молчала, после чего отшутилась: «Это была аллергия».",
      "Мария Клинтон",
    ],
  ])("%s", (_shape, text, speaker) => {
    const q = lastSpeech(text, "ru");
    expect(q.speaker?.name).toBe(speaker);
    expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe(speaker);
  });

  test("a quoted name a reporting verb addresses is a name; a dialogue line is a quotation between its dashes", () => {
    expect(quote("«Всё решено», — сказал «Известиям» депутат Иван Петров.", "ru", "Известиям").kind).toBe("title");
    const text = "Он вышел.\n— Мы очень устали, — признался Петров.";
    const q = quotes(text, "ru")[0]!;
    expect(text.slice(q.start, q.end)).toBe("— Мы очень устали, —");
    expect(q.kind).toBe("speech");
  });

  test("titles listed after a colon stay titles; a quotation followed by a dash and a verb stays speech", () => {
    const kinds = (t: string) => quotes(t, "ru").map((q) => q.kind);
    expect(kinds("Его музыка звучала в фильмах: «Вечерний город» Ивана Орлова, «Сияние» Петра Белова.")).toEqual(["title", "title"]);
    expect(kinds("«Работа идёт», — сказала Мария Иванова. «Мы успеем в срок», — добавила она.")).toEqual(["speech", "speech"]);
    // A dash alone after a closing mark is any dash; with a comma before it, the speaker's clause follows.
    expect(kinds("Он начал карьеру в «Северном клубе» — тогда ему было 17 лет.")).toEqual(["title"]);
    expect(kinds("«Всё решено», — приводит слова министра агентство.")).toEqual(["speech"]);
  });
});

describe("attribution shapes in English, German, French and Spanish", () => {
  test.each([
    ["en", 'The mayor, Jane Roe, spoke on Monday. "We will rebuild the bridge," she said.', "Jane Roe"],
    ["en", 'In the words of the state prosecutor, Jane Roe, "the evidence is overwhelming."', "Jane Roe"],
    ["en", 'Tom Smith met Jane Roe on Monday. "It was a good meeting," he said.', "Tom Smith"],
    ["en", 'The company\'s chief executive, Tom Smith, said: "We expect a deal soon."', "Tom Smith"],
    ["en", 'Smith, who chairs the committee, said the plan was "dead on arrival."', "Smith"],
    ["de", "„Wir werden die Brücke wieder aufbauen“, sagte Bürgermeisterin Anna Berg am Montag.", "Anna Berg"],
    ["de", "Anna Berg sprach am Montag. „Wir werden die Brücke wieder aufbauen“, sagte sie.", "Anna Berg"],
    ["de", "Laut Innenminister Paul Weber ist die Lage „unter Kontrolle“.", "Paul Weber"],
    ["fr", "« Nous reconstruirons le pont », a déclaré la maire, Anne Roux, lundi.", "Anne Roux"],
    ["fr", "Selon le ministre de l'Intérieur, Paul Weber, la situation est « sous contrôle ».", "Paul Weber"],
    ["fr", "Anne Roux a parlé lundi. « Nous reconstruirons le pont », a-t-elle ajouté.", "Anne Roux"],
    ["es", "«Reconstruiremos el puente», dijo la alcaldesa Ana Ruiz el lunes.", "Ana Ruiz"],
    ["es", "Según el ministro del Interior, Pablo Gómez, la situación está «bajo control».", "Pablo Gómez"],
    ["es", "Ana Ruiz habló el lunes. «Reconstruiremos el puente», añadió.", "Ana Ruiz"],
    ["es", "El portavoz del Gobierno, Luis Mora, afirmó: «La situación está bajo control».", "Luis Mora"],
    ["en", '"The president will veto the bill," White House spokesman Tom Ray told reporters on Monday.', "Tom Ray"],
    ["en", 'Jane Roe, 45, a teacher from Leeds, said: "We have done nothing wrong."', "Jane Roe"],
    ["en", 'Tom Ray and Jane Roe met in Paris. Roe told reporters: "The talks went well."', "Jane Roe"],
    ["fr", "« C'est une victoire », s'est félicitée la ministre de la Culture, Anne Roux.", "Anne Roux"],
    ["fr", "Interrogé par France Info, Paul Girard a estimé que la réforme était « une erreur ».", "Paul Girard"],
    ["de", "„Wir geben nicht auf“, sagte der Sprecher des Ministeriums, Paul Weber, der Zeitung.", "Paul Weber"],
    ["de", "Wie die Polizei mitteilte, wurden drei Männer festgenommen. „Die Lage ist ruhig“, so ein Sprecher.", "Sprecher"],
    ["es", "«No vamos a ceder», afirmó el presidente del Gobierno, Pedro Sánchez, en rueda de prensa.", "Pedro Sánchez"],
  ])("%s: %s", (language, text, speaker) => {
    const q = lastSpeech(text, language);
    expect(q.speaker?.name).toBe(speaker);
  });
});

describe("scare, speech and title alike in six languages", () => {
  test.each([
    ["en", 'The so-called "peace plan" was rejected by both sides.', "peace plan", "scare"],
    ["en", 'The minister called the plan "a betrayal" on Monday.', "a betrayal", "speech"],
    ["en", 'The newspaper "Daily Courier" reported the story first.', "Daily Courier", "title"],
    ["ru", "Так называемый «мирный план» был отвергнут обеими сторонами.", "мирный план", "scare"],
    ["ru", "Министр назвал план «предательством».", "предательством", "speech"],
    ["ru", "Газета «Ведомости» первой сообщила об этом.", "Ведомости", "title"],
    ["ru", "Компания «Газпром» объявила о росте прибыли.", "Газпром", "title"],
    ["fr", "Le soi-disant « plan de paix » a été rejeté.", "plan de paix", "scare"],
    ["fr", "Le ministre a qualifié le plan de « trahison ».", "trahison", "speech"],
    ["fr", "Le journal « Le Monde » a révélé l'affaire.", "Le Monde", "title"],
    ["de", "Der sogenannte „Friedensplan“ wurde abgelehnt.", "Friedensplan", "scare"],
    ["de", "Der Minister nannte den Plan „Verrat“.", "Verrat", "speech"],
    ["de", "Die Zeitung „Die Welt“ berichtete zuerst.", "Die Welt", "title"],
    ["de", "Die Regierung bekämpfe den „Terrorismus“ im Land.", "Terrorismus", "scare"],
    ["es", "El llamado «plan de paz» fue rechazado.", "plan de paz", "scare"],
    ["es", "El ministro calificó el plan de «traición».", "traición", "speech"],
    ["es", "El diario «El País» publicó la noticia.", "El País", "title"],
    ["zh", "所谓的“和平计划”遭到双方拒绝。", "和平计划", "scare"],
    ["zh", "他出演了电影《长夜》。", "长夜", "title"],
    ["zh", "總統出席「雷根總統基金會暨紀念中心」訪問團的活動。", "雷根總統基金會暨紀念中心", "title"],
    ["zh", "已经开始研拟「全國國土計畫」。", "全國國土計畫", "title"],
    ["zh", "后来发展成“六项保证”的框架。", "六项保证", "title"],
    ["zh", "她呼籲市府「盡快改善」，讓鄉親看見改變。", "盡快改善", "speech"],
    ["zh", "再度製造「文旦之亂2.0」。", "文旦之亂2.0", "title"],
  ])("%s: %s", (language, text, words, kind) => {
    expect(quote(text, language, words).kind).toBe(kind);
  });
});
