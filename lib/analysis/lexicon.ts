// Word lists behind the rules. They are general English (closed-class words, reporting
// verbs, office and document nouns): nothing here may name a particular person, country
// or organisation, because the rules are measured on articles nobody has seen. The verbs
// and offices of the other languages live in lexicons/*.json and are merged in here, so a
// rule that asks "is this a reporting verb?" answers for every supported language.
import { ALL_OFFICE_NOUNS, ALL_REPORTING_VERBS, ALL_SPEECH_NOUNS } from "./lexicons";

const set = (words: string, ...more: ReadonlySet<string>[]): ReadonlySet<string> => new Set([...words.trim().split(/\s+/), ...more.flatMap((m) => [...m])]);

/** Verbs that introduce reported words. Lower case, inflected forms listed explicitly. */
export const REPORTING_VERBS = set(
  `
  say says said saying stated told tells added noted emphasise emphasises emphasised
  emphasize emphasizes emphasized stress stresses stressed declare declares declared
  announce announces announced claimed argue argues argued insist insists insisted warn
  warns warned explain explains explained write writes wrote assert asserts asserted
  affirm affirms affirmed remarked commented reply replies replied respond responds
  responded urge urges urged condemn condemns condemned criticise criticised criticize
  criticized accuse accuses accused describe describes described underline underlines
  underlined underscore underscored reiterate reiterates reiterated highlight highlights
  highlighted admit admits admitted acknowledge acknowledges acknowledged deny denies
  denied recall recalls recalled conclude concludes concluded spoke speaks formulated
  observe observes observed mention mentions mentioned cite cited quoted tweeted posted
  proclaimed proclaim pointed focused focussed asked answered suggest suggests suggested
  vowed promised confirmed confirm confirms reported called calls stating claiming noting
  adding telling warning explaining insisting arguing declaring announcing commenting
  describing calling complained complains complaining lamented quipped joked echoed`,
  ALL_REPORTING_VERBS,
);

/** Nouns for an act of speaking or writing: "the statement of X", "X's remarks". */
export const SPEECH_NOUNS = set(
  `
  statement statements remarks remark words comment comments assessment assessments
  declaration briefing interview speech address communique communiqué letter message post
  tweet response reply answer note memo op-ed article column testimony appeal claim claims`,
  ALL_SPEECH_NOUNS,
);

/** Offices and bodies that speak: "the official representative of ...", "the ministry". */
export const OFFICE_NOUNS = set(
  `
  president presidents minister ministers ministry ministries spokesperson spokespersons
  spokesman spokesmen spokeswoman representative representatives secretary secretaries
  ambassador ambassadors envoy envoys officials chancellor premier governor mayor
  senator senators chairman chairwoman chair head heads leader leaders director directors
  commander prosecutor judge court government governments department agency
  office committee council commission parliament congress senate embassy cabinet
  administration authorities authority army navy party
  king queen prince pope diplomat diplomats mission delegation
  adviser advisor advisers congressman congresswoman congressmen lawmaker lawmakers
  legislator legislators lady`,
  ALL_OFFICE_NOUNS,
);

/** Words that open a reported clause: "said that …", "заявил, что …", "a dit que …". */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(["que", "qu", "that", "что", "dass"]);

/** Nouns that name a document when capitalised: "the Washington Declaration". */
export const DOCUMENT_NOUNS = set(`
  declaration treaty charter convention agreement accord pact protocol resolution act
  statement communique communiqué report strategy doctrine concept law memorandum
  constitution code directive regulation bill plan program programme initiative
  manifesto white paper review decree order`);

/** Nouns that name an event worth dating: "the summit in X, which took place on ...". */
export const EVENT_NOUNS = set(`
  summit summits meeting meetings conference conferences briefing briefings forum talks
  visit election elections referendum session congress assembly negotiations ceremony
  attack attacks war invasion vote hearing`);

/** Capitalised words that are never names: closed-class words and common sentence openers. */
export const NOT_NAMES = set(`
  a an the this that these those it its it's we our us i my me you your he his him she her
  they their them who whom whose which what when where why how there here then than and or
  but nor so yet for of in on at by to from with without into onto upon about above below
  after before during since until while although though because if unless whether as also
  however nevertheless nonetheless moreover furthermore therefore thus hence consequently
  meanwhile instead still besides indeed perhaps maybe today yesterday tomorrow now first
  second third finally let all any some many most more much few several each every no not
  one both either neither other another such only even just already again among between
  against despite according like unlike over under through throughout within across
  is are was were be been being has have had do does did will would shall should can could
  may might must yes ok dear mr mrs ms dr prof sir madam
  der die das den dem des ein eine einer einem einen im am zum zur
  du au aux ce cette ces il elle ils elles lui eux selon dans pour sur avec
  unos unas lo según en con por para
  в во на по из за от до для при о об он она они это этот эта как что но и а
  также однако позже ранее затем потом теперь сейчас тогда впрочем поэтому сегодня вчера завтра
  уже ещё еще кроме тем так там здесь
  aussi ensuite puis cependant toutefois hier désormais enfin ainsi alors
  también además luego ayer hoy ahora entonces así pero sino aunque mientras cuando donde durante después antes
  incluso sólo solo ya aún todavía finalmente asimismo tras ante
  mais donc quand lorsque aber doch denn
  auch zudem dann danach jedoch heute gestern
  sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres unser unsere dessen deren
  wie wenn weil obwohl nachdem bevor damit ob dort bereits noch demnach daher deshalb trotzdem inzwischen außerdem
  zunächst schließlich uhr ortszeit als dagegen hingegen allerdings dennoch jedenfalls ebenfalls zuvor daraufhin
  dabei dadurch dafür damals daneben darauf daraus darin darum darunter davon davor dazu hierbei hierzu zugleich`);

/** Lower-case words that may precede an office noun inside its title: "deputy foreign minister". */
export const OFFICE_MODIFIERS = set(`
  official press foreign deputy chief senior former acting vice prime first defence defense ex
  interior finance justice health trade state national federal regional local top
  city town county district municipal provincial`);

/** Words joining the parts of a multi-word name: "Republic of Korea", "Ludwig van Beethoven". */
export const NAME_CONNECTORS = set(`of for de del la le du der van von al bin da di y`);

export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`);

/** Days of the week (en, es, fr, de, ru): capitalised, still no name ("declaró hoy, Sábado, Saleta", "am Montag"). */
export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday
  lunes martes miércoles jueves viernes sábado lundi mardi mercredi jeudi vendredi samedi dimanche
  montag dienstag mittwoch donnerstag freitag samstag sonntag
  понедельник вторник среда четверг пятница суббота воскресенье`);

/** Abbreviations after which a full stop never ends a sentence (lower case, no dot). */
export const TITLE_ABBREVIATIONS = set(`
  mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr adm rep sen gov pres rev hon
  messrs mme mlle vs v cf approx dept
  ул пр просп пл пер им св обл av bd str sra`);

/** Abbreviations that do not end a sentence when a number follows ("Mar. 19", "No. 5"). */
export const NUMBER_ABBREVIATIONS = set(`
  no nos vol vols fig figs art sec ch pp p para
  jan feb mar apr jun jul aug sep sept oct nov dec`);

/** Words that open a new sentence even after an abbreviation such as "U.S.". */
export const SENTENCE_OPENERS = set(`
  the a an this that these those it its we i you he she they there here in on at by for
  but and or so yet however nevertheless moreover meanwhile then now today yesterday
  after before when while if although though since as our their his her my your what
  why how who where let no not all some many most one two three`);

/** Function words that cannot end a sentence, so a line ending in one is a broken line. */
export const DANGLING_WORDS = set(`
  the a an of to in on at by for from with and or but as that which who whose than into
  onto its their his her our your my this these those is are was were be has have had`);
