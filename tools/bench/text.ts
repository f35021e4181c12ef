/**
 * Test material for the matching benchmark (tools/bench/match.ts), generated rather than
 * stored so that the repository stays small and every run sees byte-for-byte the same input:
 *
 * - `generateText`: long news-like English prose (politics, economy, sport, weather), cut into
 *   passages of 300-1500 characters like the paragraphs of a page, with entity mentions planted
 *   at about one per 60-100 words and near-miss traps (Iraq, Rubin, trumpet...) in between.
 * - `syntheticPack`: a pack of N made-up entities with ~5 aliases each, to see how matching
 *   scales with the size of the knowledge.
 *
 * Everything is driven by a seeded PRNG (never Math.random), so a figure that moves between
 * two runs moved because of the code, not the input.
 */
import type { Alias, Entity, EntityType, Pack } from '../../data/schema';

// ---------------------------------------------------------------------------------------------
// Seeded randomness

interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: tiny, fast and good enough to vary prose; not for anything cryptographic. */
function makeRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

/**
 * Picks indices 0..n-1 with weight 1/sqrt(rank+1): a few entities are named often, most rarely,
 * as in real news, yet a 10,000-entity pack still has its mentions spread over thousands of them.
 */
function rankSampler(n: number): (rng: Rng) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cumulative[i] = total += 1 / Math.sqrt(i + 1);
  return (rng) => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Written to avoid the real pack's aliases ("sanctions", "oil prices", "Congress",
// "Washington", "US"...), so that the only mentions in the text are the ones planted on purpose
// and their count is known.

const FIRST_NAMES = [
  'Ellen', 'Tom', 'Martin', 'Sofia', 'Priya', 'James', 'Lucia', 'Daniel', 'Hannah', 'Omar',
  'Grace', 'Peter', 'Maria', 'Kofi', 'Ingrid', 'Samuel', 'Chloe', 'Ravi', 'Laura', 'Felix',
  'Nadia', 'Owen', 'Mei', 'Carlos', 'Ruth', 'Victor', 'Amara', 'Jonas', 'Helen', 'Luis',
];
const LAST_NAMES = [
  'Marsh', 'Hale', 'Cole', 'Brennan', 'Okafor', 'Lindqvist', 'Moreau', 'Patel', 'Fischer',
  'Duarte', 'Novak', 'Whitfield', 'Sato', 'Mensah', 'Gallagher', 'Ibarra', 'Kowalski', 'Hughes',
  'Varga', 'Castillo', 'Ferreira', 'Dunmore', 'Ashby', 'Quinlan', 'Renner', 'Szabo', 'Tremblay',
];
const ROLES = [
  'the finance minister', 'the opposition leader', 'a senior official', 'the mayor',
  'the central bank governor', 'a government spokesperson', 'the head coach', 'the team captain',
  'a forecaster', 'the chief economist', 'a union leader', 'the party chair', 'a local councillor',
  'the transport secretary', 'a retail analyst', 'the club chairman', 'an emergency planner',
];
const INSTITUTIONS = [
  'the central bank', 'the statistics office', 'the city council', 'the national weather service',
  'the football league', 'the parliament', 'the supreme court', 'the treasury', 'the port authority',
  'the chamber of commerce', 'the national rail operator', 'the tennis federation', 'the ministry of health',
];
const CITIES = [
  'Leeds', 'Lyon', 'Denver', 'Osaka', 'Porto', 'Gdansk', 'Valencia', 'Melbourne', 'Nairobi',
  'Rotterdam', 'Glasgow', 'Calgary', 'Seville', 'Turin', 'Bergen', 'Auckland', 'Marseille', 'Dublin',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'June', 'July', 'September', 'October', 'November', 'December',
];
const SAID = [
  'said', 'warned', 'argued', 'told reporters', 'insisted', 'acknowledged', 'announced', 'noted',
  'suggested', 'confirmed', 'cautioned', 'claimed', 'added',
];
const TEAMS = [
  'Leeds Rovers', 'Porto Athletic', 'Denver Comets', 'Glasgow Thistle', 'Lyon Olympique',
  'Calgary Bears', 'the Seville Lions', 'Turin United', 'the Auckland Hawks', 'Bergen Vikings',
];

interface Topic {
  nouns: readonly string[];
  plurals: readonly string[];
  adjectives: readonly string[];
  verbs: readonly string[];
}

const TOPICS: Record<'politics' | 'economy' | 'sport' | 'weather', Topic> = {
  politics: {
    nouns: ['budget', 'coalition', 'election', 'reform', 'bill', 'inquiry', 'referendum', 'cabinet', 'campaign', 'ballot', 'mandate', 'vote'],
    plurals: ['lawmakers', 'voters', 'ministers', 'delegates', 'negotiators', 'officials', 'candidates', 'diplomats', 'critics', 'campaigners'],
    adjectives: ['fragile', 'contested', 'sweeping', 'bipartisan', 'long-awaited', 'controversial', 'narrow', 'decisive', 'cautious', 'unexpected'],
    verbs: ['approved', 'rejected', 'delayed', 'debated', 'blocked', 'amended', 'endorsed', 'questioned', 'revived', 'shelved'],
  },
  economy: {
    nouns: ['inflation', 'growth', 'deficit', 'currency', 'bond market', 'interest rate', 'forecast', 'tariff', 'wage deal', 'housing market', 'output', 'index'],
    plurals: ['investors', 'traders', 'exporters', 'manufacturers', 'shoppers', 'employers', 'lenders', 'households', 'retailers', 'shareholders'],
    adjectives: ['sluggish', 'robust', 'volatile', 'modest', 'steep', 'uneven', 'resilient', 'weaker', 'stronger', 'record'],
    verbs: ['rose', 'fell', 'slowed', 'rebounded', 'stalled', 'climbed', 'slipped', 'surged', 'steadied', 'eased'],
  },
  sport: {
    nouns: ['match', 'season', 'final', 'derby', 'title race', 'transfer', 'injury', 'penalty', 'comeback', 'league table', 'tournament', 'draw'],
    plurals: ['fans', 'players', 'strikers', 'defenders', 'referees', 'supporters', 'coaches', 'rookies', 'veterans', 'spectators'],
    adjectives: ['dramatic', 'bruising', 'scrappy', 'memorable', 'lopsided', 'tense', 'thrilling', 'disappointing', 'gritty', 'stunning'],
    verbs: ['won', 'lost', 'drew', 'clinched', 'conceded', 'defended', 'dominated', 'overturned', 'squandered', 'secured'],
  },
  weather: {
    nouns: ['storm', 'heatwave', 'frost', 'drought', 'downpour', 'cold front', 'flood warning', 'gale', 'fog', 'thunderstorm', 'snowfall', 'forecast'],
    plurals: ['commuters', 'farmers', 'residents', 'motorists', 'hikers', 'forecasters', 'gardeners', 'travellers', 'schools', 'rescuers'],
    adjectives: ['heavy', 'unseasonal', 'bitter', 'humid', 'blustery', 'mild', 'torrential', 'patchy', 'scorching', 'freezing'],
    verbs: ['swept', 'battered', 'lingered', 'cleared', 'flooded', 'disrupted', 'eased', 'intensified', 'stalled', 'moved'],
  },
};

/**
 * Sentence templates. {E} is where a planted mention may go (otherwise an ordinary person or
 * body), {P} the same in the possessive; the rest are filled from the word lists above.
 * Every template has an actor slot, so a mention that is due is never put off for long.
 */
const TEMPLATES: Record<keyof typeof TOPICS, readonly string[]> = {
  politics: [
    '{E} {SAID} on {DAY} that the {ADJ} {N} would be put to {PL} before {MONTH}.',
    'Speaking in {CITY}, {E} {SAID} the {N} had been {V} after weeks of talks.',
    '{P} allies {V} the {N}, but {PL} in {CITY} remained unconvinced.',
    'The {ADJ} {N} was {V} by {NUM} votes to {NUM2}, a result {E} called “a warning”.',
    '“We are not there yet,” {E} {SAID}, adding that {PL} deserved a clearer answer.',
    'Critics of {E} {SAID} the {N} leaves {PL} with fewer choices than before.',
    'A spokesperson for {E} declined to comment on the {ADJ} {N} on {DAY}.',
    'Polls published in {MONTH} suggest {PCT} of {PL} back {P} position on the {N}.',
    '{E} met {A} in {CITY} to discuss the {N} and a timetable for the next {N2}.',
  ],
  economy: [
    '{N} {V} to {PCT} in {MONTH}, according to figures released by {A} on {DAY}.',
    '{E} {SAID} that {PL} should expect a {ADJ} {N} through the end of the year.',
    'Shares in {CITY} {V} after {E} {SAID} the {N} was likely to stay {ADJ}.',
    '{P} latest report puts the {N} at {BIG} million, up {PCT} on a year earlier.',
    'Analysts at {A} {SAID} {PL} were bracing for a {ADJ} {N} in the months ahead.',
    'The {N} {V} for a third month, leaving {PL} and {E} at odds over the outlook.',
    '“The numbers speak for themselves,” {E} {SAID} in {CITY} on {DAY}.',
    '{E} expects the {N} to remain {ADJ}, while {PL} worry about the {N2}.',
  ],
  sport: [
    '{TEAM} {V} the {N} {SCORE} on {DAY}, a result {E} described as {ADJ}.',
    'In front of {BIG} {PL}, {TEAM} {V} a {ADJ} {N} against {TEAM2}.',
    '{E} {SAID} the {N} in {CITY} had been the hardest of the season.',
    '{P} side {V} the {N} late on, to the delight of {PL} in {CITY}.',
    '“We kept believing,” {E} {SAID} after the {ADJ} {N} with {TEAM}.',
    'After a {ADJ} {N}, {TEAM} sit {NUM} points clear, though {E} urged caution.',
    'The {N} was watched by {PL} from {CITY}, where {E} first made a name.',
  ],
  weather: [
    'A {ADJ} {N} {V} across {CITY} on {DAY}, and {E} {SAID} more was on the way.',
    'Temperatures reached {TEMP} in {CITY}, as {PL} sheltered from the {ADJ} {N}.',
    '{E} {SAID} the {N} would ease by {DAY}, though {PL} should stay alert.',
    'The {N} {V} trains around {CITY}, leaving {PL} stranded for hours, {E} {SAID}.',
    '{A} issued a warning for the {N}, and {E} asked {PL} to avoid travel.',
    '{P} advice to {PL} was simple: expect a {ADJ} {N} and plan ahead.',
    'After a {ADJ} {MONTH}, {E} expects the {N} to return within {NUM} days.',
  ],
};

/**
 * Near misses the matcher must not report: confusables of the real pack (Iraq, Rubin, trumpet,
 * sanctuary, Chinatown) and "us" in lower case, which the case-sensitive "US" must not take.
 * {NEAR} is a near miss of the pack in use (see MentionSource.nearMiss).
 */
const TRAP_TEMPLATES: readonly string[] = [
  'Officials in Iraq {SAID} the {N} would be reviewed, and Iraqi {PL} welcomed the news.',
  'The analyst Dana Rubin {SAID} the {N} had surprised {PL} in {CITY}.',
  'A trumpet solo opened the ceremony in {CITY}, where {PL} gathered on {DAY}.',
  'The bird sanctuary outside {CITY} was closed after the {ADJ} {N}.',
  'Restaurants in Chinatown reopened on {DAY} after the {N}, {A} {SAID}.',
  '“If anything changes, please let us know,” {A} told {PL} in {CITY}.',
  'Readers wrote to tell us about the {N}; {NEAR} was mentioned in several letters.',
  'A profile of {NEAR}, no relation, appeared in the {CITY} paper on {DAY}.',
];

// ---------------------------------------------------------------------------------------------
// Mentions

/** Where planted mentions come from: the real pack, or a synthetic one. */
export interface MentionSource {
  /** A form of an entity's name as a writer would put it. */
  mention(rng: Rng): string;
  /** A name that looks like the pack's but is none of its aliases. */
  nearMiss(rng: Rng): string;
}

/** Writes an alias the way articles do: mostly as listed, sometimes without its accents. */
function writeAlias(rng: Rng, alias: Alias): string {
  if (!alias.caseSensitive && /[^\x00-\x7f]/.test(alias.text) && /\p{Script=Latin}/u.test(alias.text) && rng.chance(0.3)) {
    return alias.text.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return alias.text;
}

/**
 * Mentions of a pack's entities: entities by rank weight, then any of their aliases; forms in
 * other scripts (Persian, Arabic, Hebrew) are rare in English prose, so they are kept to ~3%.
 */
function packMentions(pack: Pack, nearMisses: readonly string[]): MentionSource {
  const sample = rankSampler(pack.entities.length);
  const isLatin = (a: Alias) => !/[^\p{Script=Latin}\p{Script=Common}\p{M}]/u.test(a.text);
  const latin = pack.entities.map((e) => e.aliases.filter(isLatin));
  const other = pack.entities.map((e) => e.aliases.filter((a) => !isLatin(a)));
  return {
    mention(rng) {
      const i = sample(rng);
      const pool = other[i]!.length > 0 && (latin[i]!.length === 0 || rng.chance(0.03)) ? other[i]! : latin[i]!;
      return writeAlias(rng, rng.pick(pool));
    },
    nearMiss: (rng) => rng.pick(nearMisses),
  };
}

/** The real pack's mentions, with its own confusables and other close calls as near misses. */
export function realPackMentions(pack: Pack): MentionSource {
  return packMentions(pack, ['Mojtaba Khamenei', 'Ricky Rubio', 'Melania Trump', 'Michelle Obama', 'County Kerry', 'Omaha', 'Assyria']);
}

// ---------------------------------------------------------------------------------------------
// Text

export interface GeneratedText {
  passages: string[];
  /** Size of the passages in UTF-8, the unit of the throughput figures. */
  bytes: number;
  words: number;
  /** Mentions put in on purpose, and trap sentences. */
  planted: number;
  traps: number;
}

export interface TextOptions {
  seed?: number;
  /** Stop once the passages reach this many UTF-8 bytes; at least 1 MB. */
  bytes?: number;
}

const MIN_BYTES = 1_000_000;
const MENTION_GAP = [40, 70] as const;
const SENTENCE_MAX = 190; // keeps a passage under 1500 chars: target <= 1300, plus one sentence

/** News-like passages with the source's mentions at about one per 60-100 words. */
export function generateText(source: MentionSource, options: TextOptions = {}): GeneratedText {
  const rng = makeRng(options.seed ?? 20251001);
  const target = Math.max(MIN_BYTES, options.bytes ?? 2_000_000);
  const topics = Object.keys(TOPICS) as (keyof typeof TOPICS)[];
  const out: GeneratedText = { passages: [], bytes: 0, words: 0, planted: 0, traps: 0 };
  // Counted down in words, so the density does not depend on how the templates are worded.
  // The countdown is shorter than the 60-100 words wanted: a due mention waits for the next
  // actor slot, which adds ~25 words on average (measured: ~1 mention per 80 words).
  let untilMention = rng.int(MENTION_GAP[0], MENTION_GAP[1]);
  let untilTrap = rng.int(150, 300);

  while (out.bytes < target) {
    const topic = rng.pick(topics);
    const length = rng.int(300, 1300);
    let passage = '';
    while (passage.length < length) {
      const trap = untilTrap <= 0;
      const template = trap ? rng.pick(TRAP_TEMPLATES) : rng.pick(TEMPLATES[topic]);
      let planted = 0;
      const filled = template.replace(/\{(\w+)\}/g, (_, slot: string) => {
        if ((slot === 'E' || slot === 'P') && untilMention <= 0 && planted === 0) {
          planted++;
          const name = source.mention(rng);
          return slot === 'P' ? name + (rng.chance(0.5) ? '’s' : "'s") : name;
        }
        return fill(rng, TOPICS[topic], slot, source);
      });
      const sentence = filled[0]!.toUpperCase() + filled.slice(1);
      // A rare long fill (big number, long role) could overflow a passage; try another.
      if (sentence.length > SENTENCE_MAX) continue;
      const words = countWords(sentence);
      passage += (passage ? ' ' : '') + sentence;
      out.words += words;
      out.planted += planted;
      untilMention = planted ? rng.int(MENTION_GAP[0], MENTION_GAP[1]) : untilMention - words;
      if (trap) {
        out.traps++;
        untilTrap = rng.int(150, 300);
      } else {
        untilTrap -= words;
      }
    }
    out.passages.push(passage);
    out.bytes += Buffer.byteLength(passage, 'utf8');
  }
  return out;
}

function fill(rng: Rng, topic: Topic, slot: string, source: MentionSource): string {
  switch (slot) {
    case 'E':
    case 'A':
      return actor(rng);
    case 'P':
      return actor(rng) + (rng.chance(0.5) ? '’s' : "'s");
    case 'N':
    case 'N2':
      return rng.pick(topic.nouns);
    case 'PL':
      return rng.pick(topic.plurals);
    case 'ADJ':
      return rng.pick(topic.adjectives);
    case 'V':
      return rng.pick(topic.verbs);
    case 'SAID':
      return rng.pick(SAID);
    case 'DAY':
      return rng.pick(DAYS);
    case 'MONTH':
      return rng.pick(MONTHS);
    case 'CITY':
      return rng.pick(CITIES);
    case 'TEAM':
    case 'TEAM2':
      return rng.pick(TEAMS);
    case 'NUM':
    case 'NUM2':
      return String(rng.int(2, 40));
    case 'BIG':
      return String(rng.int(1, 950)) + (rng.chance(0.5) ? ',' + String(rng.int(100, 999)) : '');
    case 'PCT':
      return `${rng.int(0, 12)}.${rng.int(0, 9)}${rng.chance(0.5) ? '%' : ' percent'}`;
    case 'SCORE':
      return `${rng.int(0, 4)}-${rng.int(0, 4)}`;
    case 'TEMP':
      return `${rng.int(-12, 41)}C`;
    case 'NEAR':
      return source.nearMiss(rng);
    default:
      throw new Error(`unknown template slot {${slot}}`);
  }
}

function actor(rng: Rng): string {
  const r = rng.next();
  if (r < 0.45) return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  if (r < 0.75) return rng.pick(ROLES);
  return rng.pick(INSTITUTIONS);
}

function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Synthetic pack

// Made-up syllables: words built from three of them look like names and are not English words.
const SYLLABLES = [
  'ka', 'zo', 'vel', 'mir', 'tan', 'dru', 'sel', 'vok', 'rhi', 'zan', 'qel', 'bor', 'tys', 'lun',
  'gav', 'fen', 'xo', 'yra', 'pem', 'kul', 'dov', 'sar', 'nik', 'wel', 'jor', 'hax', 'eth', 'ust',
  'ram', 'cir', 'bez', 'tol',
];
const GIVEN_SYLLABLES = ['an', 'mi', 'ro', 'sa', 'le', 'to', 'ki', 'da', 'ne', 'vi', 'ju', 'ha', 'lo', 're', 'zi', 'bo'];
// Letters for abbreviations: consonants only, so no abbreviation is an English word.
const ABBREVIATION_LETTERS = 'BCDFGHJKLMNPQRSTVWXZ';
const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü' };
const TITLES = ['Minister', 'Senator', 'General', 'Governor', 'Judge', 'Mayor', 'Ambassador'];
const ORG_SUFFIXES = ['Institute', 'Group', 'Council', 'Bank', 'Alliance', 'Party', 'Foundation', 'Agency'];

/**
 * Writes `k` in base `syllables.length` with exactly `count` syllables. Distinct k give distinct
 * words: this is what keeps 50,000 aliases apart without checking each against all others.
 */
function syllableWord(k: number, count: number, syllables: readonly string[]): string {
  let word = '';
  for (let i = 0; i < count; i++) {
    word += syllables[k % syllables.length];
    k = Math.floor(k / syllables.length);
  }
  return word;
}

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Puts an accent on the first vowel. Folding removes it, so uniqueness is kept either way. */
function accent(word: string): string {
  return word.replace(/[aeiou]/, (v) => ACCENTED[v]!);
}

function abbreviation(k: number): string {
  let out = '';
  for (let i = 0; i < 4; i++) {
    out += ABBREVIATION_LETTERS[k % ABBREVIATION_LETTERS.length];
    k = Math.floor(k / ABBREVIATION_LETTERS.length);
  }
  return out;
}

/**
 * A pack of `count` made-up entities with 5 aliases each: one-, two- and three-word names,
 * case-sensitive abbreviations, accented spellings, a few ambiguous short names. It is valid
 * against data/schema.ts and the validator's uniqueness rules (match.ts checks that).
 */
export function syntheticPack(count = 10_000): Pack {
  const familyCount = SYLLABLES.length ** 3;
  if (count > familyCount) throw new Error(`at most ${familyCount} synthetic entities`);
  const entities: Entity[] = [];
  for (let i = 0; i < count; i++) {
    // An odd multiplier scatters consecutive entities over the syllable space, so that
    // neighbours do not share prefixes and the trie branches as it would for real names.
    const family = syllableWord((i * 7919) % familyCount, 3, SYLLABLES);
    const accented = i % 4 === 3; // a quarter of the names are written with diacritics
    const fam = capitalise(accented ? accent(family) : family);
    const givenPlain = syllableWord((i * 31) % GIVEN_SYLLABLES.length ** 2, 2, GIVEN_SYLLABLES);
    const given = capitalise(accented ? accent(givenPlain) : givenPlain);
    const kind = i % 4; // 0, 1: person; 2: organisation; 3: place
    let type: EntityType;
    let aliases: Alias[];
    if (kind <= 1) {
      type = 'person';
      aliases = [
        { text: `${given} ${fam}` },
        { text: fam, kind: 'short', ...(i % 10 === 0 ? { ambiguous: true } : {}) },
        { text: `${TITLES[i % TITLES.length]} ${given} ${fam}` },
        { text: `${given[0]}. ${fam}`, kind: 'short' },
        { text: `${TITLES[(i + 3) % TITLES.length]} ${fam}`, kind: 'short' },
      ];
    } else if (kind === 2) {
      type = 'organization';
      const suffix = ORG_SUFFIXES[i % ORG_SUFFIXES.length]!;
      aliases = [
        { text: `${fam} ${suffix}` },
        { text: abbreviation(i), caseSensitive: true, kind: 'abbreviation' },
        { text: `${given} ${fam} ${suffix}` },
        { text: `${suffix} of ${fam}` },
        { text: fam, kind: 'short', ambiguous: true },
      ];
    } else {
      type = 'place';
      aliases = [
        { text: fam },
        { text: `Port ${fam}` },
        { text: `${fam}ian`, kind: 'inflection' },
        { text: `${fam}ians`, kind: 'inflection' },
        { text: `Republic of ${fam}` },
      ];
    }
    entities.push({
      id: `syn-${i}-${family}`,
      name: aliases[0]!.text,
      type,
      aliases,
      description: `Synthetic entity ${i}, made up for the matching benchmark.`,
      role: [{ text: 'Exists only to give the matcher many names to look for.', source: 'background', cites: ['generated'] }],
      facts: [],
      // Neighbours relate, so ambiguous names can be kept by a related mention in the passage.
      related: [i > 0 ? i - 1 : i + 1].filter((j) => j < count).map((j) => `syn-${j}-${syllableWord((j * 7919) % familyCount, 3, SYLLABLES)}`),
    });
  }
  return {
    schemaVersion: 2,
    id: 'synthetic-bench',
    asOf: '2025-10-01',
    language: 'en',
    article: { title: 'Synthetic benchmark pack', name: 'no article', note: 'Generated by tools/bench/text.ts; no real article.' },
    sources: [{ id: 'generated', publisher: 'Backstory benchmarks', title: 'Made-up names for the matching benchmark', date: '2025-10-01', url: 'https://example.org/generated' }],
    stanceLabels: [{ id: 'neutral', label: 'Neutral', tone: 'neutral' }],
    story: {
      title: 'Synthetic benchmark story',
      summary: { text: 'Many made-up names, to measure matching against a large pack.', source: 'background', cites: ['generated'] },
      background: [{ text: 'None.', source: 'background', cites: ['generated'] }],
      impact: [{ text: 'None.', source: 'background', cites: ['generated'] }],
      reactions: [{ actor: entities[0]!.id, stance: 'neutral', summary: 'None.', source: 'background', cites: ['generated'] }],
      next: [{ text: 'None.', source: 'background', cites: ['generated'] }],
    },
    entities,
  };
}

/**
 * Mentions of a synthetic pack, with near misses that share a first word with an alias but
 * not the rest ("Anmi Hale", "Senator Ellen Marsh"), so the matcher walks into the trie and
 * has to back out. A person's given name is never an alias on its own, so these name nobody.
 */
export function syntheticMentions(pack: Pack): MentionSource {
  const base = packMentions(pack, []);
  const people = pack.entities.filter((e) => e.type === 'person');
  return {
    mention: base.mention,
    nearMiss(rng) {
      if (rng.chance(0.5)) return `${rng.pick(TITLES)} ${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
      const given = rng.pick(people).aliases[0]!.text.split(' ')[0]!;
      return `${given} ${rng.pick(LAST_NAMES)}`;
    },
  };
}
