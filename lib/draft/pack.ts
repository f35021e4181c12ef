/**
 * A draft story pack from the article a reader is on: complete and valid as it stands, so it can
 * be installed at once and rewritten later. Every statement in it is the article's own sentence,
 * quoted and attributed to the article (`source: "article"`), for the author to put in their
 * words; names the installed packs already know are shared with them (same id, same type), never
 * duplicated. Pure: the background hands it what the page and the knowledge say.
 */
import type { Alias, Entity, EntityType, Pack, Statement } from '../../data/schema';
import { ENTITY_TYPES, LIMITS, isSourceUrl, toPlainText } from '../../data/schema';
import { COMMON_WORDS } from '../knowledge/common-words';
import { formatDate } from '../dates';
import { validatePack } from '../knowledge/validate';
import { aliasKey } from '../match/normalize';
import type { DraftArticle } from './article';
import type { DraftCandidate } from './candidates';
import { dateIn, sentencesOf, type Sentence } from './sentences';
import { isAfter } from '../dates';

/** An entity of an installed pack that the matcher found on the page. */
export interface KnownOnPage {
  entity: Entity;
  /** Its mentions on the page. */
  count: number;
}

export interface DraftInput {
  article: DraftArticle;
  /** The page's language (BCP 47), when it says. */
  language: string | null;
  candidates: readonly DraftCandidate[];
  known: readonly KnownOnPage[];
  /** The packs in use: their ids and names must not be taken. */
  installed: readonly Pack[];
  /** YYYY-MM-DD. */
  today: string;
}

/** A name the draft considered, and the installed entity it is, if any. */
export interface ConsideredName {
  text: string;
  type: string;
  count: number;
  entityId?: string;
}

export interface Draft {
  pack: Pack;
  candidates: ConsideredName[];
}

/** New entities a draft proposes at most: the most mentioned, the rest stay in `candidates`. */
const MAX_NEW_ENTITIES = 40;
/** Installed entities a draft shares at most. */
const MAX_SHARED_ENTITIES = 20;
const ARTICLE_SOURCE = 'article';

export function draftPack(raw: DraftInput): Draft {
  const input = plainInput(raw);
  const { article } = input;
  // True as of the article's day (even a day ahead of the reader's own, in another time zone);
  // of today when it gives none.
  const asOf = article.date ?? input.today;
  const sentences = sentencesOf(article.paragraphs);
  if (sentences.length === 0) throw new NothingToDraft();
  const cites = isSourceUrl(article.url) ? [ARTICLE_SOURCE] : undefined;
  const quote = (text: string, max: number = LIMITS.longText): Statement => ({ text: quoted(text, max), source: 'article', ...(cites && { cites }) });

  // Who each candidate is: an entity of an installed pack when one of its names is the same.
  const owners = aliasOwners(input.installed);
  const candidates: ConsideredName[] = input.candidates.map((c) => {
    // By its full name only: "Kerry Washington" is not Washington because one of her forms is.
    const entityId = owners.get(aliasKey(c.text));
    return { text: c.text, type: c.type, count: c.count, ...(entityId && { entityId }) };
  });
  const linked = new Set(candidates.map((c) => c.entityId));
  for (const k of input.known) {
    if (!linked.has(k.entity.id)) candidates.push({ text: k.entity.name, type: k.entity.type, count: k.count, entityId: k.entity.id });
  }

  const taken = new Set([...owners.keys()]);
  const ids = installedIds(input.installed);
  const entities: Entity[] = [];
  const forms = new Map<string, string[]>();

  const shared = [...input.known].sort((a, b) => b.count - a.count).slice(0, MAX_SHARED_ENTITIES);
  for (const { entity } of shared) {
    const mine = entity.aliases.filter((alias) => !alias.from && !alias.until).slice(0, 8);
    const aliases = mine.length > 0 ? mine : [entity.aliases[0]!];
    forms.set(entity.id, aliases.map((a) => a.text));
    entities.push({ id: entity.id, name: entity.name, type: entity.type, aliases, description: entity.description, role: [], facts: [], related: [] });
  }
  const fresh = input.candidates
    .filter((c, i) => !candidates[i]!.entityId && !ENDS_IN_A_SMALL_WORD.test(c.text) && !COMMON_WORDS.has(aliasKey(c.text)))
    .filter((c) => c.count >= 2 || article.paragraphs.slice(0, 3).some((p) => p.includes(c.text)))
    .slice(0, MAX_NEW_ENTITIES);
  for (const c of fresh) {
    if (!aliasKey(c.text)) continue;
    const aliases: Alias[] = [];
    for (const form of [c.text, ...c.forms]) {
      const key = aliasKey(form);
      if (!key || taken.has(key)) continue;
      taken.add(key);
      aliases.push(aliasFor(form, form === c.text));
    }
    if (aliases.length === 0) continue;
    const id = freeId(slug(c.text), ids);
    forms.set(id, aliases.map((a) => a.text));
    entities.push({ id, name: c.text.slice(0, LIMITS.shortText), type: typeOf(c), aliases, description: '', role: [], facts: [], related: [] });
  }

  if (entities.length === 0) throw new NothingToDraft();

  // What each entity's sentences say of it: the first introduces it, the dated ones are facts.
  const mentionedIn = sentencesNaming(entities, forms, sentences);
  const dates = new Map<Sentence, string | null>();
  const dateOf = (s: Sentence) => (dates.has(s) ? dates.get(s)! : dates.set(s, dateIn(s.text, article.date)).get(s)!);
  const articleName = nameOf(article);
  for (const entity of entities) {
    const named = namedEntityText(articleName, cites);
    const own = mentionedIn.get(entity.id) ?? [];
    const told = own.filter(isProse);
    const first = told[0] ?? own[0];
    if (!entity.description) entity.description = first ? clip(`${articleName}: ${quoted(first.text, 1000)}`, LIMITS.shortText) : named.description;
    entity.role = first ? [quote((told[1] ?? first).text)] : named.role;
    entity.facts = datedFacts(own, dateOf, asOf).map(({ date, text }) => ({ date, ...quote(text) }));
    entity.related = neighbours(entity.id, own, mentionedIn);
  }

  // Statements for the story come from whole sentences of prose, not from captions or cells.
  const prose = sentences.filter(isProse);
  const leadParagraph = prose[0]?.paragraph;
  const lead = prose.filter((s) => s.paragraph === leadParagraph).slice(0, 2).map((s) => s.text).join(' ') || article.title;
  const pick = (test: (text: string) => boolean, fallback: Sentence | undefined) => {
    const found = prose.filter((s) => test(s.text)).slice(0, 2);
    return (found.length > 0 ? found : [fallback ?? prose[0] ?? sentences[0]!]).map((s) => quote(s.text, STORY_QUOTE));
  };
  // Background: what the article says of earlier years.
  const year = Number(asOf.slice(0, 4));
  const earlier = (text: string) => [...text.matchAll(/\b(?:19|20)\d\d\b/g)].some((m) => Number(m[0]) < year);
  const speakers = entities.filter((e) => e.type === 'person' || e.type === 'organization' || e.type === 'country');
  // A reaction is what someone said: one sentence each, not used for another.
  const used = new Set<Sentence>();
  const reactions: Pack['story']['reactions'] = [];
  for (const entity of speakers) {
    const said = (mentionedIn.get(entity.id) ?? []).find((s) => SAID.test(s.text) && !used.has(s));
    if (!said || reactions.length >= 8) continue;
    used.add(said);
    reactions.push({ actor: entity.id, stance: 'not-placed', summary: quoted(said.text, STORY_QUOTE), source: 'article', ...(cites && { cites }) });
  }

  const title = clip(article.title || article.publisher || UNTITLED, LIMITS.shortText);
  const pack: Pack = {
    schemaVersion: 2,
    id: freeId(slug(article.title, 48) || 'draft-story', new Set(input.installed.map((p) => p.id))),
    revision: 1,
    updated: input.today,
    asOf,
    language: input.language?.split('-')[0] || 'en',
    article: {
      title,
      name: clip(articleName, LIMITS.articleName),
      ...(article.date && { date: article.date }),
      note: clip(`${article.publisher}${article.byline ? `, by ${article.byline}` : ''}, at ${article.url}`, LIMITS.longText),
      ...(cites && { cites }),
    },
    sources: cites
      ? [{ id: ARTICLE_SOURCE, publisher: clip(article.publisher || new URL(article.url).host, LIMITS.shortText), title, date: article.date ?? asOf, url: article.url }]
      : [],
    stanceLabels: [
      { id: 'supports', label: 'Supports', tone: 'positive' },
      { id: 'cautious', label: 'Cautious', tone: 'cautious' },
      { id: 'opposes', label: 'Opposes', tone: 'negative' },
      { id: 'not-placed', label: 'Not placed yet', tone: 'neutral' },
    ],
    story: {
      title,
      summary: quote(lead),
      background: pick(earlier, prose[2]),
      impact: pick((text) => STAKES.test(text), prose[1]),
      reactions: reactions.length > 0 ? reactions : [namedIn(entities[0]!.id, articleName)],
      next: pick((text) => NEXT.test(text), prose.at(-1)),
      ...(entities.length > shared.length && { anchors: entities.slice(shared.length, shared.length + 10).map((e) => e.id) }),
    },
    entities,
  };
  return { pack: withoutProblems(pack, input.installed), candidates };
}

/** The page names nothing a story could be about: no draft. */
export class NothingToDraft extends Error {
  constructor() {
    super('no names were found in the article to start a story from');
  }
}

/** What an entity says when the article gives no sentence of it to quote. */
function namedEntityText(articleName: string, cites?: string[]): Pick<Entity, 'description' | 'role'> {
  return { description: `Named in ${articleName}.`, role: [{ text: `Named in ${articleName}.`, source: 'article', ...(cites && { cites }) }] };
}

function namedIn(actor: string, articleName: string): Pack['story']['reactions'][number] {
  return { actor, stance: 'not-placed', summary: `Named in ${articleName}.`, source: 'article' };
}

/**
 * Whether a sentence is prose, fit to stand as a statement: long enough, ending as sentences do,
 * and not a reference list's entry ("^ Smith, John (2016)").
 */
function isProse(sentence: Sentence): boolean {
  return sentence.text.length >= 60 && /[.!?]["”’)]*$/.test(sentence.text) && !/^[\^↑]/.test(sentence.text);
}

/** A run of names that took a joining word with it ("New Zealand and"): not a name. */
const ENDS_IN_A_SMALL_WORD = /\s(?:and|or|of|the|for|on|in|to|a|an)$/;
const SAID = /\b(?:said|says|told|warned|called|urged|announced|argued|added|insisted|denied|stated)\b/;
const STAKES = /\b(?:could|would|risk|risks|threat|threatens|impact|affect|affects|cost|costs|stake|consequences?)\b/i;
const NEXT = /\b(?:will|expected to|plans? to|is due|are due|next (?:week|month|year)|scheduled|upcoming)\b/i;

/** How the interface names the article when it attributes a claim to it: "BBC News, 7 Dec 2026". */
function nameOf(article: DraftArticle): string {
  return article.date ? `${article.publisher}, ${formatDate(article.date)}` : article.publisher || 'the source page';
}

/** Characters of a quoted sentence in the story's parts: enough for a sentence, not for a page. */
const STORY_QUOTE = 600;

function quoted(text: string, max: number = LIMITS.longText): string {
  return `“${clip(text.replace(/\[\d+\]/g, '').replace(/^["“]|["”]$/g, ''), max - 2)}”`;
}

/** At most `max` characters, cut at a word with an ellipsis (never between a surrogate pair). */
function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  let cut = clean.slice(0, max - 1);
  cut = cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2));
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

const UNTITLED = 'Untitled article';

/** The ids the packs in use give their entities: a new entity takes none of them. */
function installedIds(packs: readonly Pack[]): Set<string> {
  return new Set(packs.flatMap((p) => p.entities.map((e) => e.id)));
}

/**
 * What the page gave, as a pack may hold it: every string without the characters a pack
 * refuses, and nothing that reads as markup (lib's toPlainText).
 */
function plainInput(input: DraftInput): DraftInput {
  const { article } = input;
  return {
    ...input,
    article: {
      ...article,
      title: toPlainText(article.title),
      publisher: toPlainText(article.publisher),
      byline: article.byline === null ? null : toPlainText(article.byline),
      paragraphs: article.paragraphs.map(toPlainText),
    },
    candidates: input.candidates.map((c) => ({ ...c, text: toPlainText(c.text), forms: c.forms.map(toPlainText) })),
  };
}

/** Every alias of the packs in use, by its folded form: whose it is. */
function aliasOwners(packs: readonly Pack[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const pack of packs) {
    for (const entity of pack.entities) {
      for (const alias of entity.aliases) {
        const key = aliasKey(alias.text);
        if (!owners.has(key)) owners.set(key, entity.id);
      }
    }
  }
  return owners;
}

function aliasFor(form: string, isName: boolean): Alias {
  const acronym = /^[\p{Lu}\p{N}.&-]{2,8}$/u.test(form);
  const common = COMMON_WORDS.has(aliasKey(form));
  return {
    text: form.slice(0, LIMITS.shortText),
    ...(!isName && { kind: acronym ? 'abbreviation' : 'short' }),
    ...(acronym && { caseSensitive: true }),
    ...(common && { ambiguous: true }),
  };
}

/** Lower-case words joined by hyphens: "Marco Rubio" -> "marco-rubio". */
export function slug(text: string, max: number = LIMITS.idLength - 4): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`…: the first not in `taken`, which then holds it. */
export function freeId(base: string, taken: Set<string>): string {
  const stem = base || 'name';
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

let countryNames: Set<string> | null = null;

/** The names of countries and territories, in English, from the browser's own data. */
function countries(): Set<string> {
  if (countryNames) return countryNames;
  const names = new Set<string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      if (name && name !== code) names.add(name.toLowerCase());
    }
  }
  return (countryNames = names);
}

function typeOf(candidate: DraftCandidate): EntityType {
  if (/\b(?:Agreement|Accords?|Treaty|Deal|Convention|Pact|Protocol)\b/.test(candidate.text)) return 'agreement';
  if (/\b(?:Act|Law|Bill|Policy|Programme|Program)\b/.test(candidate.text)) return 'policy';
  if (candidate.type === 'place' && countries().has(candidate.text.toLowerCase())) return 'country';
  return (ENTITY_TYPES as readonly string[]).includes(candidate.type) ? (candidate.type as EntityType) : 'concept';
}

/**
 * The sentences that name each entity by one of its forms, as whole words, in order. The
 * entities are bounded (MAX_NEW_ENTITIES + MAX_SHARED_ENTITIES), so this reads the text a
 * bounded number of times.
 */
function sentencesNaming(entities: readonly Entity[], forms: ReadonlyMap<string, string[]>, sentences: readonly Sentence[]): Map<string, Sentence[]> {
  const naming = new Map<string, Sentence[]>();
  for (const entity of entities) {
    const words = (forms.get(entity.id) ?? []).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (words.length === 0) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'u');
    naming.set(entity.id, sentences.filter((s) => pattern.test(s.text)));
  }
  return naming;
}

/** The dated sentences of an entity, oldest first, none after `asOf`, at most five. */
function datedFacts(sentences: readonly Sentence[], dateOf: (s: Sentence) => string | null, asOf: string): { date: string; text: string }[] {
  const facts: { date: string; text: string }[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    const date = dateOf(s);
    if (!date || isAfter(date, asOf) || seen.has(s.text)) continue;
    seen.add(s.text);
    facts.push({ date, text: s.text });
  }
  return facts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).slice(0, 5);
}

/** The entities named in the same sentences as `id`, the most often first, at most eight. */
function neighbours(id: string, own: readonly Sentence[], mentionedIn: ReadonlyMap<string, Sentence[]>): string[] {
  const mine = new Set(own);
  const together: [string, number][] = [];
  for (const [other, sentences] of mentionedIn) {
    if (other === id) continue;
    const count = sentences.filter((s) => mine.has(s)).length;
    if (count > 0) together.push([other, count]);
  }
  return together.sort((a, b) => b[1] - a[1]).slice(0, 8).map(([other]) => other);
}

/**
 * The pack with whatever the validator still refuses taken out: an alias, then an entity (and
 * every reference to it). Drafting aims to make none, so this is a net, not the plan.
 */
function withoutProblems(pack: Pack, installed: readonly Pack[]): Pack {
  for (let round = 0; round < 5; round++) {
    const result = validatePack(pack, { installed });
    if (result.ok) return pack;
    const badAliases = new Set<string>();
    const badEntities = new Set<number>();
    for (const { path } of result.problems) {
      const alias = /^entities\[(\d+)\]\.aliases\[(\d+)\]/.exec(path);
      const text = /^entities\[(\d+)\]\.(description|role)/.exec(path);
      const entity = /^entities\[(\d+)\]/.exec(path);
      if (alias) badAliases.add(`${alias[1]}:${alias[2]}`);
      // A sentence the pack cannot hold costs the entity its quote, not the entity.
      else if (text) Object.assign(pack.entities[Number(text[1])]!, namedEntityText(pack.article.name));
      else if (entity) badEntities.add(Number(entity[1]));
    }
    pack.entities.forEach((e, i) => {
      e.aliases = e.aliases.filter((_, j) => !badAliases.has(`${i}:${j}`));
      if (e.aliases.length === 0) badEntities.add(i);
    });
    const gone = new Set([...badEntities].map((i) => pack.entities[i]!.id));
    if (gone.size === 0 && badAliases.size === 0) break;
    pack.entities = pack.entities.filter((e) => !gone.has(e.id));
    for (const e of pack.entities) e.related = e.related.filter((id) => !gone.has(id));
    pack.story.reactions = pack.story.reactions.filter((r) => !gone.has(r.actor));
    if (pack.entities.length === 0) throw new NothingToDraft();
    if (pack.story.reactions.length === 0) pack.story.reactions = [namedIn(pack.entities[0]!.id, pack.article.name)];
    if (pack.story.anchors) pack.story.anchors = pack.story.anchors.filter((id) => !gone.has(id));
  }
  return pack;
}
