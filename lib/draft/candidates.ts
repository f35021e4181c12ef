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
import nlp from 'compromise';

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

/** Lower-case words that sit inside a name ("Council on Foreign Relations", "Cour de cassation"). */
const JOINERS = words('of on for de du des la le del della da di van von der den y al el bin');

/** Words before a run that make it a photo or illustration credit, not part of the story. */
const CREDIT_WORDS = words('credit credits photo photos photograph photographs photography illustration illustrations image images video courtesy');

/**
 * Titles before a name: "President Yoon Suk Yeol" is the person Yoon Suk Yeol. compromise tags
 * the common ones (Mr, President) as honorifics; these are the rest a news text uses.
 */
const TITLES = words(
  'president vice prime minister secretary senator sen rep representative gov governor chancellor king queen prince princess pope judge justice general gen col colonel lt capt captain sgt mayor ambassador chief director professor prof dr mr mrs ms miss sir dame lord lady rev spokesman spokeswoman spokesperson chairman chairwoman leader premier sheikh emir',
);

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
}

/** A run of capitalised words as the text writes it, with what it says of its kind. */
interface Run {
  words: Word[];
  /** A title stood before it ("President", "Mr"): a person. */
  titled: boolean;
  /** An acronym in brackets right after it: "People Power Party (PPP)". */
  acronym: string | null;
  /** The word before it, in lower case ("in", "credit"). */
  before: string;
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
  const tallies = new Map<string, Tally>();
  const acronyms = new Map<string, string>();
  const notByline = bylineFilter(byline);
  for (const sentence of sentences) {
    const inProse = !isNameAlone(sentence);
    for (const run of runsOf(sentence, evidence)) {
      const name = cleanName(run.words.map((w, i) => w.text + (i < run.words.length - 1 ? joinerAfter(w) : '')).join(''));
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
  const words = sentence.filter((w) => !/^[\d.]+$/.test(w.text)); // a heading's number: "7 References"
  return words.length > 0 && words.length <= 4 && words.every((w) => isCapitalised(w.text) || JOINERS.has(w.text)) && !/[.!?]/.test(sentence.at(-1)!.post);
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
    const text = term.text.replace(/\u00ad/g, '');
    if (joinNext && out.length > 0) {
      const last = out.at(-1)!;
      last.text += '-' + text;
      last.post = post;
      for (const tag of term.tags) last.tags.add(tag);
    } else {
      const glued = /^\p{L}+\.(\p{Lu}\p{Ll}+)$/u.exec(text);
      const split = /^((?:\p{Lu}\.)+)-(\p{Lu}.*)$/u.exec(text);
      // Numbers before a first word ("7 References", a heading's number) leave it first.
      const first = out.every((w) => /^[\d.]+$/.test(w.text));
      const weak = first || /[“"‘(]/.test(term.pre) || /[:“"]\s*$/.test(out.at(-1)!.post) || endsSentence(out.at(-1)!);
      if (split) {
        out.push({ text: split[1]!, pre: term.pre, post: ' -', tags: new Set(['Acronym']), weak });
        out.push({ text: split[2]!, pre: '', post, tags: new Set(term.tags), weak: false });
      } else {
        out.push({ text: glued ? glued[1]! : text, pre: glued ? '.' : term.pre, post, tags: new Set(term.tags), weak: weak || Boolean(glued) });
      }
    }
    joinNext = post === '-' && !/^((?:\p{Lu}\.)+)$/u.test(text);
  }
  return out;
}

/**
 * Whether a sentence ends after a word, where compromise runs on (inside quotes, after
 * brackets): '… that arise. But if you look …'.
 */
function endsSentence(word: Word): boolean {
  return /[.!?]["”’)\]]*\s*$/.test(word.post) && !(/^\p{Lu}$/u.test(word.text) || word.tags.has('Abbreviation'));
}

/**
 * What the whole text says of each word's capitals: the words written capitalised where
 * nothing forces a capital (mid-sentence), and the words written in lower case somewhere.
 */
function capitalisationEvidence(sentences: readonly Word[][]): { capitalised: Set<string>; lower: Set<string> } {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const sentence of sentences) {
    for (const word of sentence) {
      const key = word.text.toLowerCase();
      if (isCapitalised(word.text)) {
        if (!word.weak) capitalised.add(key);
      } else lower.add(key);
    }
  }
  return { capitalised, lower };
}

function isCapitalised(text: string): boolean {
  // "Whangārei", "al-Qaeda", "d’Etat", "iPhone"
  return /^\p{Lu}|^\p{Ll}{1,3}[-’']\p{Lu}|^\p{Ll}+\p{Lu}/u.test(text);
}

const hasAny = (word: Word, tags: readonly string[]) => tags.some((t) => word.tags.has(t));
const isTitle = (word: Word) => word.tags.has('Honorific') || TITLES.has(word.text.toLowerCase().replace(/\.$/, ''));

/** Whether a word capitalised only because of where it stands reads as a name all the same. */
function weakWordIsName(word: Word, alone: boolean, evidence: { capitalised: Set<string>; lower: Set<string> }): boolean {
  const key = word.text.toLowerCase();
  if (evidence.capitalised.has(key)) return true;
  if (hasAny(word, COMMON_TAGS) && !hasAny(word, NAME_TAGS)) return false;
  if (evidence.lower.has(key)) return false;
  // A lone capitalised first word the tagger does not know as a name: "Lawmakers", "Credit".
  // Nor a plural ("Conferences", "Gunmen"): the names among them show capitals mid-sentence too.
  if (alone && word.tags.has('Plural') && !hasAny(word, NAME_TAGS)) return false;
  return !alone || hasAny(word, NAME_TAGS) || word.tags.has('ProperNoun') || word.tags.has('Acronym');
}

/**
 * The runs of capitalised words of a sentence. A run ends at punctuation (but not at the full
 * stop of an initial or an abbreviation: "Ellen M. Banner"); it takes lower-case joiners when
 * a capitalised word follows ("Ministry of National Defense"), and one number at its end
 * ("Apollo 11"). Runs by a slash or after a credit word are photo credits and left out, and so
 * are people in a sentence that says who contributed to the report.
 */
function runsOf(sentence: readonly Word[], evidence: { capitalised: Set<string>; lower: Set<string> }): Run[] {
  const runs: Run[] = [];
  const contributors = sentence.some((w) => /^contribut/i.test(w.text));
  let credit = false;
  let i = 0;
  while (i < sentence.length) {
    const word = sentence[i]!;
    if (word.text === '/' || word.post.includes('/')) credit = true;
    if (!isCapitalised(word.text)) {
      i++;
      continue;
    }
    const start = i;
    const run: Word[] = [word];
    let end = i + 1;
    while (end < sentence.length && !breaksAfter(sentence[end - 1]!)) {
      const next = sentence[end]!;
      if (isMonthOrDay(next)) break;
      if (isCapitalised(next.text) && !next.weak) {
        run.push(next);
        end++;
      } else if (isNumberEnding(sentence, end) && !isMonthOrDay(run.at(-1)!)) {
        run.push(next);
        end++;
        break;
      } else if (JOINERS.has(next.text.toLowerCase()) && joinable(sentence, end, run)) {
        const joined = joinerSpan(sentence, end);
        run.push(...sentence.slice(end, joined));
        end = joined;
      } else break;
    }
    i = end;
    const after = sentence[end];
    if (credit || after?.text === '/' || run.at(-1)!.post.includes('/')) {
      credit = true;
      continue;
    }
    const before = start > 0 ? sentence[start - 1]!.text.toLowerCase() : '';
    if (CREDIT_WORDS.has(before)) continue;
    // A weak first word that is a common word is not part of the name ("The Korea Times", "Earlier Saturday").
    while (run.length > 0 && run[0]!.weak && !weakWordIsName(run[0]!, run.length === 1, evidence)) run.shift();
    // Nor is an article or a pronoun anywhere ("The U.S.", "A Gallup Korea poll"): "the Senate" is the Senate.
    while (run.length > 0 && (!isCapitalised(run[0]!.text) || hasAny(run[0]!, ['Determiner', 'Pronoun', 'Conjunction', 'Preposition']))) run.shift();
    // A title before a name: the name is a person's ("Interior Minister Lee Sang-min").
    let titled = false;
    let lastTitle = -1;
    run.forEach((w, k) => {
      if (isTitle(w) && k < run.length - 1 && isCapitalised(run[k + 1]!.text)) lastTitle = k;
    });
    const rest = run.slice(lastTitle + 1);
    if (lastTitle >= 0 && !rest.some((w) => w.tags.has('Organization') || w.tags.has('Place') && !w.tags.has('Person'))) {
      titled = true;
      run.splice(0, lastTitle + 1);
    }
    while (run.length > 0 && !isCapitalised(run.at(-1)!.text) && !/^\d/.test(run.at(-1)!.text)) run.pop();
    // Nationalities are no names of their own ("South Korean", "American").
    if (run.length === 0 || run.every((w) => w.tags.has('Demonym'))) continue;
    const acronym = after && after.pre.includes('(') && /^\p{Lu}[\p{Lu}\d&.-]{1,7}$/u.test(after.text) && after.post.startsWith(')') ? after.text : null;
    const item: Run = { words: run, titled, acronym, before };
    if (contributors && typeOfTags(item) === 'person') continue;
    runs.push(item);
  }
  return runs;
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
  // A name's possessive ends it: "Yoon’s People Power Party" is Yoon and a party.
  if (/['’]s$/u.test(word.text) && hasAny(word, [...NAME_TAGS, 'ProperNoun'])) return true;
  if (word.post.startsWith(' ')) return word.post.trim() !== '';
  const post = word.post.replace(/\s+/g, '');
  if (post === '') return false;
  if (post === '-') return false;
  // An initial or an abbreviation: "M." in "Ellen M. Banner", "St." in "St. Louis".
  return !(post === '.' && (/^\p{Lu}$/u.test(word.text) || word.tags.has('Abbreviation')) && !word.post.includes('\n'));
}

/** The separator to print between two words of a run. */
function joinerAfter(word: Word): string {
  return breaksAfter(word) || word.post.trim() === '' ? ' ' : word.post.replace(/\s+$/, '') + ' ';
}

/**
 * Whether lower-case joiners at `at` belong to the run: a capitalised word follows them, and
 * the run is no person's name ("Xi Jinping of China" is two names).
 */
function joinable(sentence: readonly Word[], at: number, run: readonly Word[]): boolean {
  if (run.some((w) => w.tags.has('Person') && !isTitle(w))) return false;
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

/** A run's kind: the tagger's, else a place after "in", "at", "from"…, else an organisation. */
function typeOf(run: Run, name: string): CandidateType {
  const tagged = typeOfTags(run);
  if (tagged) return tagged;
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
  const kept: DraftCandidate[] = [];
  for (const [key, candidate] of candidates) {
    const owner = key.includes(' ') ? undefined : owners.get(key);
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
  const by = byline?.toLowerCase() ?? '';
  return (name) => !by || !by.includes(name.toLowerCase());
}

/** A name as the text writes it, without a possessive ending, quotes or trailing punctuation. */
function cleanName(raw: string): string {
  return raw
    .replace(/\u00ad/g, '')
    .replace(/['’]s$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu, '')
    .replace(/\.$/, (dot, _offset: number, all: string) => (/(^|[\s.])\p{Lu}\.$/u.test(all) || /\p{Lu}\.\p{Lu}\.$/u.test(all) ? dot : ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `name` reads as a proper name: capitalised, more than one letter, not a day or a month. */
function isName(name: string): boolean {
  if (name.length < 2 || NEVER.has(name.toLowerCase())) return false;
  return /^\p{Lu}|^\p{Ll}{1,3}[-’']\p{Lu}|^\p{Ll}+\p{Lu}/u.test(name);
}
