/**
 * The names an article's text holds that a story's author would want as entities: people,
 * places and organisations. compromise (a natural-language library that runs in the browser)
 * splits the text into sentences and words and tags each word; the runs of capitalised words
 * are read here from those words, with rules of our own, because the library's own people,
 * places and organisations miss many names and cut others short or too long.
 *
 * One pass over the words finds the runs; everything after works on maps keyed by a name's
 * lower case, so the time grows with the text, not with names × text.
 *
 * Days, months, the byline's author, photo credits, contributor lines, reference lists and
 * words of one letter are never candidates.
 */
import nlp from 'compromise/two';

type CandidateType = 'person' | 'place' | 'organization';

export interface DraftCandidate {
  /** The fullest form the text uses. */
  text: string;
  type: CandidateType;
  /** Mentions in the text, shorter forms of it included. */
  count: number;
  /** Other forms the text uses for it (a surname, an acronym, a possessive-free form). */
  forms: string[];
}

const words = (list: string) => new Set(list.split(' '));

const NEVER = words(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow am pm gmt utc est edt pst pdt bst cet',
);

/**
 * Lower-case words that sit inside a name ("Council on Foreign Relations", "Laure de la
 * Raudière"); the English ones never inside a person's ("Xi Jinping of China" is two names).
 */
const JOINERS = words('of on for de du des la le del della da di van von der den y al el bin');
const ENGLISH_JOINERS = words('of on for');

/** Words before a run that make it a photo or illustration credit, not part of the story. */
const CREDIT_WORDS = words('credit credits photo photos photograph photographs photography illustration illustrations image images video courtesy');

/**
 * Titles before a name: "President Yoon Suk Yeol" is the person Yoon Suk Yeol. compromise tags
 * the common ones (Mr, President) as honorifics; these are the rest a news text uses.
 */
const TITLES = words(
  'president minister secretary senator sen rep representative gov governor chancellor premier king queen prince princess pope judge mayor ambassador commissioner professor prof dr mr mrs ms mx miss sir dame lord lady rev reverend sheikh emir ceo cfo coo cto chairman chairwoman founder co-founder spokesman spokeswoman spokesperson leader editor writer reporter correspondent columnist analyst economist inspector detective sergeant sgt lt col colonel capt captain gen general',
);

/** Words that go with a title and are no name of their own: "Prime Minister", "Interior Minister". */
const TITLE_QUALIFIERS = words('prime vice deputy acting former interim interior foreign defense defence finance justice health home opposition executive chief general');

/** Last words that make a run an organisation or a place, whatever the tagger said. */
const ORGANIZATION_HEADS = words(
  'party court department ministry council commission committee assembly parliament congress senate house agency bank university institute institution laboratory foundation corporation corp inc ltd llc company co group association union league federation network service services office times news post press club church school college board authority administration army navy police force forces state',
);
const PLACE_HEADS = words('sea ocean river lake bay island islands mountains mountain valley street square avenue road county province region passage locks strait gulf coast peninsula desert canal park');

/** Tags of compromise's for words that are not names even when capitalised at a sentence's start. */
const COMMON_TAGS = ['Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'Adverb', 'Verb', 'Adjective', 'QuestionWord', 'Negative', 'Value', 'Date', 'Expression'];
const NAME_TAGS = ['Person', 'Place', 'Organization'];

/** One word as compromise splits and tags it, with hyphenated parts joined again ("Dong-hoon"). */
interface Word {
  text: string;
  /** Punctuation before and after it, as the text has it. */
  pre: string;
  post: string;
  tags: Set<string>;
  /** First of its sentence, or just after an opening quote: capitalised whatever it is. */
  weak: boolean;
  /** A run ends with it, whatever follows ("Amazon" of "Amazon-owned"). */
  end?: boolean;
}

/** A run of capitalised words as the text writes it, with what it says of its kind. */
interface Run {
  words: Word[];
  /** A title stood before it ("President", "Mr"): a person. */
  titled: boolean;
  /** An acronym in brackets right after it: "People Power Party (PPP)". */
  acronym: string | null;
  /** The words before and after it, in lower case ("in", "credit", "said"). */
  before: string;
  after: string;
}

interface Tally {
  forms: Map<string, number>;
  votes: Record<CandidateType, number>;
  count: number;
  /** Whether some mention is in a sentence, not only in a line that is just the name. */
  inProse: boolean;
}

/** The candidates of `paragraphs`, most mentioned first. */
export function findDraftCandidates(paragraphs: readonly string[], byline: string | null = null): DraftCandidate[] {
  // Reference marks ("[6][7]", "[edit]") hide where sentences end.
  const prose = paragraphs.filter(isStoryText).map((p) => p.replace(/\[(\d+|edit|citation needed|note \d+|[a-z])\]/g, ''));
  const sentences = (nlp(prose.join('\n\n')).json() as { terms: Term[] }[]).map((s) => wordsOf(s.terms));
  const evidence = capitalisationEvidence(sentences);
  endAtPossessives(sentences, evidence);
  const tallies = new Map<string, Tally>();
  const acronyms = new Map<string, string>();
  const notByline = bylineFilter(byline);
  for (const sentence of sentences) {
    const inProse = !isNameAlone(sentence);
    for (const run of runsOf(sentence, evidence)) {
      const name = cleanName(run.words.map(asWritten).join(' '));
      if (!isName(name) || !notByline(name)) continue;
      tally(tallies, name, typeOf(run, name), inProse);
      // "People Power Party (PPP)"; not "MOSCOW (AP)", a dateline's agency.
      if (run.acronym && run.acronym[0] === name[0]) acronyms.set(run.acronym.toLowerCase(), name.toLowerCase());
    }
  }
  for (const [key, entry] of tallies) if (!entry.inProse) tallies.delete(key);
  return fold(tallies, acronyms).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: string[];
}

/**
 * Whether a sentence is a name on its own line and nothing else: the author boxes and
 * contributor lists under an article ("Abigail Williams"), which a name only there comes from.
 */
function isNameAlone(sentence: readonly Word[]): boolean {
  const unnumbered = sentence.filter((w) => !/^[\d.]+$/.test(w.text)); // a heading's number: "7 References"
  return unnumbered.length > 0 && unnumbered.length <= 4 && unnumbered.every((w) => isCapitalised(w.text) || JOINERS.has(w.text)) && !/[.!?]/.test(sentence.at(-1)!.post);
}

/**
 * Whether a paragraph is the story's own text: not an entry of a reference list ("^ Payment, S.
 * (2007). …", a citation's authors and publishers are not the story's), nor a line in capitals
 * (a byline box: "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR").
 */
function isStoryText(paragraph: string): boolean {
  if (/^\^|\bRetrieved \d{4}-\d\d-\d\d\b|\bArchived from the original\b/.test(paragraph)) return false;
  const letters = paragraph.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return !(paragraph.split(' ').length >= 3 && upper.length > letters.length * 0.6);
}

/**
 * The words of a sentence: hyphenated parts joined ("al-Qaeda", "Zanu-PF"), a caption glued to
 * the next sentence split off ("Thursday.Anthony" is "Anthony"), an acronym before a hyphen
 * taken apart ("U.S.-South" is "U.S." and "South").
 */
function wordsOf(terms: readonly Term[]): Word[] {
  const out: Word[] = [];
  let joinNext = false;
  for (const term of terms) {
    const post = term.post.replace(/\u00ad/g, '');
    let text = term.text.replace(/\u00ad/g, '');
    let tags = term.tags;
    // compromise expands French elisions into a determiner and an empty word: "l’Arcep" is
    // Arcep, "d’Etat" stays as written inside "Conseil d’Etat".
    if (text === '') {
      if (out.length > 0) out.at(-1)!.post += post;
      continue;
    }
    if (/^[ld][’'](\p{Lu})/u.test(text)) {
      text = text.replace(/^l[’']/u, '');
      tags = tags.filter((t) => t !== 'Determiner');
    }
    if (joinNext && out.length > 0) {
      const last = out.at(-1)!;
      last.text += '-' + text;
      last.tags.delete('Honorific'); // "MS-04" is no "Ms"
      last.post = post;
      for (const tag of tags) last.tags.add(tag);
    } else {
      const glued = /^\p{L}+\.(\p{Lu}\p{Ll}+)$/u.exec(text);
      const split = /^((?:\p{Lu}\.)+)-(\p{Lu}.*)$/u.exec(text);
      // Numbers before a first word ("7 References", a heading's number) leave it first.
      const first = out.every((w) => /^[\d.]+$/.test(w.text));
      const weak = first || /[“"‘(«]/.test(term.pre) || /[:;“"«]\s*$/.test(out.at(-1)!.post) || endsSentence(out.at(-1)!);
      if (split) {
        out.push({ text: split[1]!, pre: term.pre, post: ' -', tags: new Set(['Acronym']), weak });
        out.push({ text: split[2]!, pre: '', post, tags: new Set(tags), weak: false });
      } else {
        out.push({ text: glued ? glued[1]! : text, pre: glued ? '.' : term.pre, post, tags: new Set(tags), weak: weak || Boolean(glued) });
      }
    }
    joinNext = post === '-' && !/^((?:\p{Lu}\.)+)$/u.test(text);
  }
  for (const word of out) trimCompound(word);
  return out;
}

/** The lower-case ends of hyphenated adjectives made from names ("Amazon-owned", "London-based", "U.S.-led"). */
const ADJECTIVE_END = /^(\p{Ll}+(ed|ing|ic|ible|able)|free|run|led|wide|born|made|like|style|specific|friendly|era|backed|class|based)$/u;

/**
 * A hyphenated adjective made from a name is the name, and ends its run ("Amazon-owned Whole
 * Foods" holds Amazon and Whole Foods); "non-Mozilla" is Mozilla; a word with a bracket glued
 * to it ends at the bracket. Korean given names keep their hyphen ("Han Dong-hoon").
 */
function trimCompound(word: Word): void {
  const adjective = /^(.*[\p{L}.])-(\p{Ll}+)$/u.exec(word.text);
  if (adjective && isCapitalised(adjective[1]!) && ADJECTIVE_END.test(adjective[2]!)) {
    word.text = adjective[1]!;
    word.end = true;
  }
  const prefixed = /^(?:non|anti|pro|ex|pre|post|pan|neo|mid)-(\p{Lu}.*)$/u.exec(word.text);
  if (prefixed) word.text = prefixed[1]!;
  const bracket = /^([^(]+)\(/.exec(word.text);
  if (bracket) {
    word.text = bracket[1]!;
    word.end = true;
  }
}

/**
 * Whether a sentence ends after a word, where compromise runs on (inside quotes, after
 * brackets): '… that arise. But if you look …'.
 */
function endsSentence(word: Word): boolean {
  return /[.!?…]["”’)\]»]*\s*$/.test(word.post) && !(/^\p{Lu}$/u.test(word.text) || word.tags.has('Abbreviation'));
}

/**
 * What the whole text says of each word's capitals: the words written capitalised where
 * nothing forces a capital (mid-sentence), and the words written in lower case somewhere.
 */
interface Evidence {
  /** Words written capitalised where nothing forces a capital (mid-sentence). */
  capitalised: Set<string>;
  /** Words written in lower case somewhere. */
  lower: Set<string>;
  /** Capitalised words written as a name of one word somewhere ("Netanyahu", "Apple"). */
  alone: Set<string>;
  /** Whether the text is in French, by its commonest words. */
  french: boolean;
}

const FRENCH_WORDS = words('le la les des du une est et dans pour qui que sur au aux ne pas ces cette sont');

function capitalisationEvidence(sentences: readonly Word[][]): Evidence {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  const alone = new Set<string>();
  let all = 0;
  let french = 0;
  for (const sentence of sentences) {
    all += sentence.length;
    sentence.forEach((word, i) => {
      const key = word.text.toLowerCase();
      if (!isCapitalised(word.text)) {
        lower.add(key);
        if (FRENCH_WORDS.has(key)) french++;
        return;
      }
      if (!word.weak) capitalised.add(key);
      const previous = sentence[i - 1];
      const next = sentence[i + 1];
      const joinedBefore = previous && isCapitalised(previous.text) && !breaksAfter(previous);
      const joinedAfter = next && isCapitalised(next.text) && !breaksAfter(word);
      if (!joinedBefore && !joinedAfter) alone.add(key.replace(/['’]s$/u, ''));
    });
  }
  return { capitalised, lower, alone, french: french > all * 0.08 };
}

/**
 * A name's possessive ends its run ("Yoon’s People Power Party" is Yoon and a party) when the
 * tagger knows it as a name or the text also writes it alone ("Netanyahu’s Likud"); else it is
 * part of one name ("Fisherman’s Terminal").
 */
function endAtPossessives(sentences: readonly Word[][], evidence: Evidence): void {
  for (const sentence of sentences) {
    for (const word of sentence) {
      if (!/['’]s$/u.test(word.text) || !isCapitalised(word.text)) continue;
      if (hasAny(word, [...NAME_TAGS, 'Acronym']) || evidence.alone.has(word.text.toLowerCase().replace(/['’]s$/u, ''))) word.end = true;
    }
  }
}

function isCapitalised(text: string): boolean {
  // "Whangārei", "al-Qaeda", "d’Etat", "iPhone"; not "L’utilisation", capitalised for its article.
  if (/^\p{Lu}[’']\p{Ll}/u.test(text)) return false;
  return /^\p{Lu}|^\p{Ll}{1,3}[-’']\p{Lu}|^\p{Ll}+\p{Lu}/u.test(text);
}

const hasAny = (word: Word, tags: readonly string[]) => tags.some((t) => word.tags.has(t));
const isTitle = (word: Word) =>
  word.tags.has('Honorific') ||
  TITLES.has(
    word.text
      .toLowerCase()
      .replace(/['’]s$|\.$/u, '')
      .replace(/-(elect|designate)$/, ''),
  );

/** Whether a word capitalised only because of where it stands reads as a name all the same. */
function weakWordIsName(word: Word, alone: boolean, evidence: Evidence): boolean {
  const key = word.text.toLowerCase();
  if (isFunctionWord(word, alone)) return false;
  if (evidence.capitalised.has(key)) return true;
  if (isFunctionWord(word, true)) return false;
  if (evidence.lower.has(key)) return false;
  // Alone, it needs the tagger to know it as a name, and not as a common word too: "Lawmakers",
  // "Promote" or "Ces" open sentences, "Kenya" names a place.
  if (alone) return word.tags.has('Acronym') || (hasAny(word, NAME_TAGS) && !lexiconKnowsAsCommon(key));
  return !(hasAny(word, COMMON_TAGS) && !hasAny(word, NAME_TAGS));
}

/**
 * Whether a word is a common word that only its place capitalises: an article, a pronoun or a
 * conjunction in context or as the lexicon knows it ("This", "But"), and at a sentence's start
 * also an adverb or a verb ("Soon", "Let"). An acronym is not ("US" is no pronoun).
 */
function isFunctionWord(word: Word, weak = false): boolean {
  if (hasAny(word, ['Determiner', 'Pronoun', 'Conjunction', 'Preposition', 'QuestionWord'])) return true;
  if (/^\p{Lu}[\p{Lu}.]+$/u.test(word.text)) return false;
  return lexiconTags(word.text.toLowerCase()).some((t) => ARTICLE_LEXICON.has(t) || (weak && FUNCTION_LEXICON.has(t)));
}

const ARTICLE_LEXICON = words('Determiner Conjunction Preposition Pronoun QuestionWord');
const FUNCTION_LEXICON = words('Determiner Conjunction Preposition Pronoun QuestionWord Adverb Negative Modal Copula Auxiliary Infinitive PresentTense PastTense Gerund Participle PhrasalVerb Verb Expression Cardinal TextValue');
const NAME_LEXICON = words('FirstName LastName MaleName FemaleName Person Country City Region Place Organization Company SportsTeam School Acronym ProperNoun');

/** compromise's own lexicon: what it knows a lower-case word as, out of context. */
const LEXICON = (nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } }).one?.lexicon ?? {};

function lexiconTags(key: string): string[] {
  if (!Object.hasOwn(LEXICON, key)) return [];
  const tags = LEXICON[key]!;
  return Array.isArray(tags) ? tags : [tags];
}

function lexiconKnowsAsCommon(key: string): boolean {
  const tags = lexiconTags(key);
  return tags.length > 0 && !tags.some((t) => NAME_LEXICON.has(t));
}

/**
 * The names of a sentence, from its runs of capitalised words. A caption's credit at the end
 * (after a slash), a run after a credit word ("Credit Harry Campbell") and the people of a
 * sentence that says who contributed to the report are left out.
 */
function runsOf(sentence: readonly Word[], evidence: Evidence): Run[] {
  const runs: Run[] = [];
  const contributors = sentence.some((w) => /^contribut/i.test(w.text));
  const creditFrom = creditTail(sentence);
  let i = 0;
  while (i < creditFrom) {
    if (!isCapitalised(sentence[i]!.text)) {
      i++;
      continue;
    }
    const start = i;
    const end = runEnd(sentence, start, evidence.french);
    i = end;
    const before = start > 0 ? sentence[start - 1]!.text.toLowerCase() : '';
    if (end > creditFrom || CREDIT_WORDS.has(before) || CREDIT_WORDS.has(sentence[start]!.text.toLowerCase())) continue;
    const after = sentence[end];
    const acronym = after && after.pre.includes('(') && /^\p{Lu}[\p{Lu}\d&.-]{1,7}$/u.test(after.text) && after.post.startsWith(')') ? after.text : null;
    const names = namesIn(sentence.slice(start, end), evidence);
    names.forEach((name, k) => {
      const run: Run = { words: name.words, titled: name.titled, acronym: k === names.length - 1 ? acronym : null, before, after: after?.text.toLowerCase() ?? '' };
      if (!(contributors && typeOfTags(run) === 'person')) runs.push(run);
    });
  }
  return runs;
}

/**
 * Where a photo credit at a sentence's end starts: the capitalised words, with a slash among
 * them, that close it ("… in Seoul. Anthony Wallace / AFP - Getty Images", "(Thomas
 * Coex/AFP/Getty Images)"); the sentence's length when it has none.
 */
function creditTail(sentence: readonly Word[]): number {
  let k = sentence.length;
  let slash = false;
  while (k > 0) {
    const word = sentence[k - 1]!;
    if (!/^[/|–—-]$/.test(word.text) && !isCapitalised(word.text)) break;
    if (word.text.includes('/') || word.post.includes('/')) slash = true;
    k--;
  }
  return slash ? k : sentence.length;
}

/**
 * The end of the run of capitalised words at `start`. A run ends at punctuation (but not at
 * the full stop of an initial or an abbreviation: "Ellen M. Banner") and before a day or a
 * month; it takes lower-case joiners when a capitalised word follows ("Ministry of National
 * Defense"), and a number after a single word ("Apollo 11").
 */
function runEnd(sentence: readonly Word[], start: number, french: boolean): number {
  let end = start + 1;
  // French names an institution by a capitalised noun and lower-case adjectives: "Conseil
  // constitutionnel", "Assemblée nationale".
  if (french && !breaksAfter(sentence[start]!) && sentence[end] && isFrenchAdjective(sentence[end]!)) {
    while (end < sentence.length && isFrenchAdjective(sentence[end]!) && !breaksAfter(sentence[end - 1]!)) end++;
    return end;
  }
  while (end < sentence.length && !breaksAfter(sentence[end - 1]!)) {
    const next = sentence[end]!;
    if (isMonthOrDay(next)) break;
    // An acronym before a first name is a party or a firm before a person: "l'UMP Laure de la Raudière".
    const acronymThenPerson = /^\p{Lu}{2,}$/u.test(sentence[end - 1]!.text) && hasAny(next, ['Person', 'Honorific']);
    if (isCapitalised(next.text) && !next.weak && !acronymThenPerson) end++;
    else if (end === start + 1 && isNumberEnding(sentence, end) && !isMonthOrDay(sentence[start]!)) return end + 1;
    else if (JOINERS.has(next.text.toLowerCase()) && joinable(sentence, end, sentence.slice(start, end))) end = joinerSpan(sentence, end);
    else break;
  }
  return end;
}

/**
 * The names in a run: without a first word that is only capitalised by its place ("The Korea
 * Times", "Earlier Saturday") nor an article ("A Gallup Korea poll": "the Senate" is the
 * Senate); split at a title, which makes the name after it a person's ("Australian Federal
 * Police Commissioner Andrew Colvin" is an organisation and a person); without a title after
 * it ("Eich CEO"); and without nationalities ("South Korean").
 */
function namesIn(words: Word[], evidence: Evidence): { words: Word[]; titled: boolean }[] {
  const run = [...words];
  while (run.length > 0 && run[0]!.weak && !weakWordIsName(run[0]!, run.length === 1, evidence)) run.shift();
  while (run.length > 0 && (!isCapitalised(run[0]!.text) || isFunctionWord(run[0]!))) run.shift();
  trimEnd(run);
  if (run.length === 0) return [];
  const names: { words: Word[]; titled: boolean }[] = [];
  const title = lastTitleBeforeName(run);
  if (title >= 0) {
    let first = title;
    while (first > 0 && (isTitle(run[first - 1]!) || TITLE_QUALIFIERS.has(run[first - 1]!.text.toLowerCase()))) first--;
    const head = run.slice(0, first);
    trimEnd(head);
    if (head.length > 1 || (head.length === 1 && hasAny(head[0]!, ['Organization', 'Place', 'Acronym']))) names.push({ words: head, titled: false });
    names.push({ words: run.slice(title + 1), titled: true });
  } else {
    // A title with no name after it is no name: "Eich CEO" is Eich, "Prime Minister" nobody.
    let untitled = false;
    while (run.length > 0 && isTitle(run.at(-1)!)) {
      run.pop();
      untitled = true;
    }
    while (untitled && run.length > 0 && TITLE_QUALIFIERS.has(run.at(-1)!.text.toLowerCase())) run.pop();
    names.push({ words: run, titled: false });
  }
  return names.filter((name) => name.words.length > 0 && !name.words.every(isNationality));
}

/** A nationality or a people, which is no name of its own: "American", "Muslims", "North African". */
function isNationality(word: Word): boolean {
  const key = word.text.toLowerCase();
  if (word.tags.has('Demonym') || COMPASS.has(key)) return true;
  return [key, key.replace(/s$/, '')].some((k) => lexiconTags(k).includes('Demonym'));
}

const SPEECH = words('said says told added wrote explained recalled asked');

const COMPASS = words('north south east west northern southern eastern western central');

/** The last title of a run that a person's name follows, or -1 ("U.N. General Assembly" has none). */
function lastTitleBeforeName(run: readonly Word[]): number {
  for (let k = run.length - 2; k >= 0; k--) {
    if (!isTitle(run[k]!) || !isCapitalised(run[k + 1]!.text)) continue;
    const rest = run.slice(k + 1);
    const last = rest.at(-1)!.text.toLowerCase();
    const institution = ORGANIZATION_HEADS.has(last) || PLACE_HEADS.has(last) || rest.some((w) => w.tags.has('Organization') || (w.tags.has('Place') && !w.tags.has('Person')));
    return institution ? -1 : k;
  }
  return -1;
}

function isFrenchAdjective(word: Word): boolean {
  return /^\p{Ll}{3,}(el|elle|al|ale|aux|ique|ien|ienne|aire|if|ive|ais|aise)s?$/u.test(word.text);
}

/** Drops the joiners a run may end with once its last words are gone. */
function trimEnd(run: Word[]): void {
  while (run.length > 0 && !isCapitalised(run.at(-1)!.text) && !/^\d/.test(run.at(-1)!.text) && !isFrenchAdjective(run.at(-1)!)) run.pop();
}

/**
 * Whether the word at `at` is a number that ends a name ("Apollo 11", "Proposition 8"): short,
 * at most one dot, and not followed by another capitalised word (a contents line runs
 * "3.7.3 SpiderMonkey 3.7.4 Rhino").
 */
function isNumberEnding(sentence: readonly Word[], at: number): boolean {
  const word = sentence[at]!;
  if (!/^\d[\p{L}\d-]{0,4}(\.\d+)?$/u.test(word.text)) return false;
  const next = sentence[at + 1];
  return breaksAfter(word) || next === undefined || !isCapitalised(next.text);
}

function isMonthOrDay(word: Word): boolean {
  return NEVER.has(word.text.toLowerCase().replace(/\.$/, '')) || word.tags.has('Date') || word.tags.has('Month');
}

/** Whether punctuation after a word ends the run it is in. */
function breaksAfter(word: Word): boolean {
  if (word.end) return true;
  if (word.post.startsWith(' ')) return word.post.trim() !== '';
  const post = word.post.replace(/\s+/g, '');
  if (post === '') return false;
  if (post === '-') return false;
  // An initial or an abbreviation: "M." in "Ellen M. Banner", "St." in "St. Louis".
  return !(post === '.' && (/^\p{Lu}$/u.test(word.text) || word.tags.has('Abbreviation')) && !word.post.includes('\n'));
}

/** A word of a name as the text writes it: an initial or an abbreviation with its full stop ("M.", "Co."). */
function asWritten(word: Word): string {
  const abbreviated = word.post.startsWith('.') && (/^\p{Lu}$/u.test(word.text) || word.tags.has('Abbreviation') || ABBREVIATIONS.has(word.text));
  return abbreviated ? `${word.text}.` : word.text;
}

const ABBREVIATIONS = words('Co Inc Corp Ltd Bros Jr Sr St Mt');

/** Whether lower-case joiners at `at` belong to the run: a capitalised word follows them. */
function joinable(sentence: readonly Word[], at: number, run: readonly Word[]): boolean {
  const person = run.some((w) => w.tags.has('Person') && !isTitle(w));
  if (person && ENGLISH_JOINERS.has(sentence[at]!.text.toLowerCase())) return false;
  const end = joinerSpan(sentence, at);
  const next = sentence[end];
  return end > at && next !== undefined && isCapitalised(next.text) && !breaksAfter(sentence[end - 1]!);
}

/** The end of the joiners at `at`, at most two ("of the", "de la"), plus "the". */
function joinerSpan(sentence: readonly Word[], at: number): number {
  let end = at;
  while (end < sentence.length && end - at < 2 && (JOINERS.has(sentence[end]!.text.toLowerCase()) || sentence[end]!.text === 'the') && !breaksAfter(sentence[end]!)) end++;
  return end;
}

/** What the tagger and the title say of a run's kind, when they say anything. */
function typeOfTags(run: Run): CandidateType | null {
  if (run.titled) return 'person';
  const last = run.words.at(-1)!.text.toLowerCase();
  if (run.words.length > 1 && ORGANIZATION_HEADS.has(last)) return 'organization';
  if (run.words.length > 1 && PLACE_HEADS.has(last)) return 'place';
  let person = 0;
  let place = 0;
  let organization = 0;
  for (const w of run.words) {
    if (w.tags.has('Person')) person++;
    if (w.tags.has('Place')) place++;
    if (w.tags.has('Organization')) organization++;
  }
  if (person === 0 && place === 0 && organization === 0) return null;
  if (organization >= person && organization >= place) return 'organization';
  return place > person ? 'place' : 'person';
}

/**
 * A run's kind: the tagger's; else a person when a name of two to four words says something
 * ("Hori Parata said"); else a place after "in", "at", "from"…; else an organisation.
 */
function typeOf(run: Run, name: string): CandidateType {
  const tagged = typeOfTags(run);
  if (tagged) return tagged;
  const speaks = SPEECH.has(run.after) || SPEECH.has(run.before);
  if (speaks && run.words.length >= 2 && run.words.length <= 4 && run.words.every((w) => isCapitalised(w.text))) return 'person';
  if (/^(in|at|from|near|to|into|across|outside)$/.test(run.before) && !/^\p{Lu}[\p{Lu}\d.&-]+$/u.test(name)) return 'place';
  return 'organization';
}

function tally(tallies: Map<string, Tally>, name: string, type: CandidateType, inProse: boolean) {
  const key = name.toLowerCase();
  let entry = tallies.get(key);
  if (!entry) {
    entry = { forms: new Map(), votes: { person: 0, place: 0, organization: 0 }, count: 0, inProse: false };
    tallies.set(key, entry);
  }
  entry.count++;
  entry.inProse ||= inProse;
  entry.votes[type]++;
  entry.forms.set(name, (entry.forms.get(name) ?? 0) + 1);
}

/**
 * The tallies as candidates, shorter forms folded into the names they stand for: an acronym
 * given in brackets after a name, or made of its initials ("ICC"), and a person's first or last
 * name when one person alone has it ("Obama", "Yoon").
 */
function fold(tallies: Map<string, Tally>, acronyms: Map<string, string>): DraftCandidate[] {
  const candidates = new Map<string, DraftCandidate>();
  for (const [key, entry] of tallies) {
    const forms = [...entry.forms.entries()].sort((a, b) => preference(b) - preference(a));
    const votes = entry.votes;
    const type = (Object.keys(votes) as CandidateType[]).reduce((a, b) => (votes[b] > votes[a] ? b : a), 'person');
    candidates.set(key, { text: forms[0]![0], type, count: entry.count, forms: forms.slice(1).map(([form]) => form) });
  }
  const owners = new Map<string, string | null>();
  const own = (part: string, key: string) => {
    if (part === key) return;
    const seen = owners.get(part);
    owners.set(part, seen === undefined || seen === key ? key : null);
  };
  for (const [key, candidate] of candidates) {
    const parts = key.split(' ');
    if (parts.length < 2) continue;
    const initials = candidate.text
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('')
      .toLowerCase();
    if (initials.length >= 2) own(initials, key);
    if (candidate.type === 'person') {
      own(parts[0]!, key);
      own(parts.at(-1)!, key);
    }
  }
  for (const [short, key] of acronyms) if (candidates.has(key)) owners.set(short, key);
  // "Te Kaurinui Parata" is "Te Kaurinui Robert Parata": the longest person's name with the same first and last word.
  const fullNames = new Map<string, string>();
  const ends = (key: string) => `${key.split(' ')[0]} ${key.split(' ').at(-1)}`;
  const length = (key: string) => key.split(' ').length;
  for (const [key, candidate] of candidates) {
    if (candidate.type !== 'person' || length(key) < 3) continue;
    const longest = fullNames.get(ends(key));
    if (!longest || length(longest) < length(key)) fullNames.set(ends(key), key);
  }
  const kept: DraftCandidate[] = [];
  for (const [key, candidate] of candidates) {
    const full = fullNames.get(ends(key));
    const owner = key.includes(' ') ? (full && length(full) > length(key) ? full : undefined) : owners.get(key);
    const into = owner ? candidates.get(owner) : undefined;
    if (!into || into === candidate) {
      kept.push(candidate);
      continue;
    }
    into.count += candidate.count;
    into.forms.push(candidate.text, ...candidate.forms);
  }
  return kept;
}

/** Which of a name's forms to show: the most used, and one not all in capitals ("Seoul", not "SEOUL"). */
function preference([form, count]: [string, number]): number {
  const shouted = form.length > 4 && form === form.toUpperCase();
  return (shouted ? 0 : 1000) + count;
}

/** A filter that keeps names that are not the byline's author. */
function bylineFilter(byline: string | null): (name: string) => boolean {
  const by = byline?.toLowerCase().replace(/[^\p{L}\p{N}.’'-]+/gu, ' ') ?? '';
  // An acronym in it is the publisher's ("BBC News"), not the author's.
  const acronym = (name: string) => /^\p{Lu}{2,5}$/u.test(name) && byline !== byline?.toUpperCase();
  return (name) => !by || acronym(name) || !` ${by} `.includes(` ${name.toLowerCase()} `);
}

/** A name as the text writes it, without a possessive ending, quotes or trailing punctuation. */
function cleanName(raw: string): string {
  return raw
    .replace(/\u00ad/g, '')
    .replace(/['’]s$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu, '')
    .replace(/^[ldjmnst][’'](?=\p{Lu})/u, '') // French elision: "l’Assemblée"
    // A full stop stays after an initial, an acronym or a company's abbreviation ("U.S.", "Remain Co.").
    .replace(/\.$/, (dot, _offset: number, all: string) => (/(^|[\s.])\p{Lu}\.$|\p{Lu}\.\p{Lu}\.$|\b(Co|Inc|Corp|Ltd|Bros|Jr|Sr)\.$/u.test(all) ? dot : ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `name` reads as a proper name: capitalised, more than one letter, not a day or a month. */
function isName(name: string): boolean {
  if (name.length < 2 || NEVER.has(name.toLowerCase()) || /[$€£]/.test(name)) return false;
  return /^\p{Lu}|^\p{Ll}{1,3}[-’']\p{Lu}|^\p{Ll}+\p{Lu}/u.test(name);
}
