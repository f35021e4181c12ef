/**
 * Checks an unknown value against the story-pack schema and the rules that need the whole
 * pack (unique ids and aliases, references that resolve), and, when other packs are installed,
 * the rules between packs (no second pack with the same id, no alias that would take another
 * pack's name from it, a shared entity id names the same kind of thing). Every problem is
 * reported with the path to the offending value, so a pack writer can find it without guessing.
 *
 * Whatever it is given, it answers: sizes are measured before anything is walked, entities are
 * checked one at a time, and it stops after MAX_PROBLEMS problems, so a huge or hostile input
 * costs little. The options page, the terminal command (tools/validate-pack.ts) and the tests
 * all use this one function, so they say the same things.
 */
import * as v from 'valibot';
import { EntitySchema, LIMITS, PackShellSchema, type Alias, type Entity, type Pack } from '../../data/schema';
import { aliasKey, gapBetween, splitWords } from '../match/normalize';
import { earliestDay, isAfter, isBefore } from '../dates';
import { COMMON_WORDS } from './common-words';
import { newestOf, replacementProblem } from './revisions';
import { upgradePack } from './upgrade';

export interface PackProblem {
  /** Where the problem is, as a JSON-ish path: `entities[3].aliases[0].text`; '' for the whole pack. */
  path: string;
  message: string;
}

export type PackValidation =
  | {
      ok: true;
      pack: Pack;
      /** Ids of entities this pack shares with installed packs (the same entity in two stories). */
      shared: string[];
      /**
       * The version of the format the pack was written for, when it was an earlier one: it was
       * upgraded (lib/knowledge/upgrade.ts), and its statements need cite no source.
       */
      upgradedFrom: number | null;
    }
  | { ok: false; problems: PackProblem[] };

export interface ValidateOptions {
  /** Packs already installed, bundled ones included: the new pack must not clash with them. */
  installed?: readonly Pack[];
}

/** Past this many problems the validator stops looking; the list ends with a line saying so. */
export const MAX_PROBLEMS = 100;

export function validatePack(original: unknown, options: ValidateOptions = {}): PackValidation {
  const { value: input, from: upgradedFrom } = upgradePack(original);
  if (Array.isArray(input)) return refuse([{ path: '', message: 'must be an object, not a list' }]);
  if (input === null || typeof input !== 'object') {
    return refuse(v.safeParse(PackShellSchema, input).issues!.map((issue) => issueToProblem(issue, [])));
  }
  const raw = input as Record<string, unknown>;

  // Sizes first: an oversized list is refused before any of its items is looked at.
  const oversize = oversizeLists(raw);
  if (oversize.length > 0) return refuse(oversize);

  const problems = new Problems();
  const shell = v.safeParse(PackShellSchema, raw, { abortEarly: false });
  if (!shell.success) problems.add(shell.issues.map((issue) => issueToProblem(issue, [])));

  const entities: Entity[] = [];
  if (Array.isArray(raw.entities)) {
    for (let i = 0; i < raw.entities.length && !problems.full; i++) {
      const item: unknown = raw.entities[i];
      const tooLong = oversizeEntityLists(item, i);
      if (tooLong.length > 0) {
        problems.add(tooLong);
        continue;
      }
      const parsed = v.safeParse(EntitySchema, item, { abortEarly: false });
      if (parsed.success) entities.push(parsed.output);
      else problems.add(parsed.issues.map((issue) => issueToProblem(issue, ['entities', i])));
    }
  }
  if (!shell.success || problems.count > 0) return refuse(problems.list());

  const pack: Pack = { ...shell.output, entities };
  problems.add(checkReferences(pack));
  problems.add(checkSources(pack, upgradedFrom === null));
  problems.add(checkDates(pack));
  const against = checkAgainstInstalled(pack, options.installed ?? []);
  problems.add(against.problems);
  return problems.count > 0 ? refuse(problems.list()) : { ok: true, pack, shared: against.shared, upgradedFrom };
}

/** Formats problems one per line, for the terminal and for error notices. */
export function formatProblems(problems: readonly PackProblem[]): string {
  return problems.map(formatProblem).join('\n');
}

export function formatProblem(problem: PackProblem): string {
  return `${problem.path || '(pack)'}: ${problem.message}`;
}

function refuse(problems: PackProblem[]): PackValidation {
  return { ok: false, problems };
}

/** Collects problems up to MAX_PROBLEMS; past that it only notes that there were more. */
class Problems {
  private readonly items: PackProblem[] = [];
  private truncated = false;

  get count(): number {
    return this.items.length;
  }

  /** Full: the caller may stop looking, and the list will say that it did. */
  get full(): boolean {
    return this.items.length >= MAX_PROBLEMS;
  }

  add(problems: readonly PackProblem[]): void {
    for (const problem of problems) {
      if (this.full) this.truncated = true;
      else this.items.push(problem);
    }
  }

  list(): PackProblem[] {
    if (!this.truncated && !this.full) return [...this.items];
    return [...this.items, { path: '', message: `stopped after ${MAX_PROBLEMS} problems; fix these and check again for more` }];
  }
}

// ---------------------------------------------------------------------------------------------
// Sizes

function overLimit(value: unknown, max: number, path: string, what: string): PackProblem[] {
  if (!Array.isArray(value) || value.length <= max) return [];
  return [{ path, message: `must have at most ${max} ${what} (this pack has ${value.length})` }];
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function oversizeLists(raw: Record<string, unknown>): PackProblem[] {
  const story = field(raw, 'story');
  const problems = [
    ...overLimit(raw.entities, LIMITS.entities, 'entities', 'entities'),
    ...overLimit(raw.stanceLabels, LIMITS.stanceLabels, 'stanceLabels', 'labels'),
    ...overLimit(field(story, 'background'), LIMITS.storyItems, 'story.background', 'paragraphs'),
    ...overLimit(field(story, 'impact'), LIMITS.storyItems, 'story.impact', 'items'),
    ...overLimit(field(story, 'next'), LIMITS.storyItems, 'story.next', 'items'),
    ...overLimit(field(story, 'corrections'), LIMITS.storyItems, 'story.corrections', 'corrections'),
    ...overLimit(field(story, 'reactions'), LIMITS.reactions, 'story.reactions', 'reactions'),
    ...overLimit(field(story, 'since'), LIMITS.sinceItems, 'story.since', 'events'),
    ...overLimit(field(story, 'anchors'), LIMITS.entities, 'story.anchors', 'anchors'),
    ...overLimit(raw.sources, LIMITS.sources, 'sources', 'sources'),
  ];
  if (problems.length > 0 || !Array.isArray(raw.entities)) return problems;
  let aliases = 0;
  for (const entity of raw.entities) {
    const list = field(entity, 'aliases');
    if (Array.isArray(list)) aliases += list.length;
  }
  if (aliases > LIMITS.aliases) {
    problems.push({ path: 'entities', message: `must have at most ${LIMITS.aliases} aliases in all (this pack has ${aliases})` });
  }
  return problems;
}

function oversizeEntityLists(entity: unknown, i: number): PackProblem[] {
  const at = `entities[${i}]`;
  return [
    ...overLimit(field(entity, 'aliases'), LIMITS.aliasesPerEntity, `${at}.aliases`, 'aliases'),
    ...overLimit(field(entity, 'facts'), LIMITS.factsPerEntity, `${at}.facts`, 'facts'),
    ...overLimit(field(entity, 'related'), LIMITS.relatedPerEntity, `${at}.related`, 'related ids'),
    ...overLimit(field(entity, 'confusables'), LIMITS.confusablesPerEntity, `${at}.confusables`, 'confusables'),
    ...overLimit(field(entity, 'role'), LIMITS.roleStatements, `${at}.role`, 'statements'),
  ];
}

// ---------------------------------------------------------------------------------------------
// Schema issues as problems

function issueToProblem(issue: v.BaseIssue<unknown>, prefix: readonly (string | number)[]): PackProblem {
  const path = formatPath([...prefix, ...(issue.path?.map((item) => item.key) ?? [])]);
  return { path, message: describeIssue(issue) };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  // valibot's default messages mention the received value's type; ours read as plain rules.
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
    return 'unknown field (not in the schema)';
  }
  if (issue.kind === 'schema' && issue.input === undefined) return 'is required';
  if (issue.message.startsWith('Invalid type')) {
    return `must be ${expectedType(issue.expected)}, not ${describeReceived(issue)}`;
  }
  return issue.message;
}

/** What was found instead, kept short: a pack can hold very long strings. */
function describeReceived(issue: v.BaseIssue<unknown>): string {
  const received = issue.received;
  return received.length > 60 ? `${received.slice(0, 57)}…` : received;
}

function expectedType(expected: string | null): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'Array':
      return 'a list';
    case 'Object':
      return 'an object';
    case 'boolean':
      return 'true or false';
    default:
      return expected ?? 'something else';
  }
}

function formatPath(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}

// ---------------------------------------------------------------------------------------------
// Rules that need the whole pack

function checkReferences(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  const entityIds = new Map<string, number>();
  pack.entities.forEach((entity, i) => {
    const first = entityIds.get(entity.id);
    if (first !== undefined) {
      problems.push({ path: `entities[${i}].id`, message: `duplicate id "${entity.id}" (also entities[${first}])` });
    } else {
      entityIds.set(entity.id, i);
    }
  });

  const labelIds = new Set<string>();
  pack.stanceLabels.forEach((label, i) => {
    if (labelIds.has(label.id)) {
      problems.push({ path: `stanceLabels[${i}].id`, message: `duplicate stance label "${label.id}"` });
    }
    labelIds.add(label.id);
  });

  // Aliases are compared as the matcher sees them, so "Khamene'i" and "Khamene’i" collide. A
  // form may name several entities (or one twice) only in periods that do not overlap.
  const aliasOwners = new Map<string, Holding[]>();
  pack.entities.forEach((entity, i) => {
    entity.aliases.forEach((alias, j) => {
      const key = aliasKey(alias.text);
      const path = `entities[${i}].aliases[${j}]`;
      if (key === '') {
        problems.push({ path: `${path}.text`, message: 'has no letters or digits to match' });
        return;
      }
      const mixed = mixedScriptWord(alias.text);
      if (mixed) {
        problems.push({ path: `${path}.text`, message: `"${mixed}" mixes letters of ${LOOKALIKE_SCRIPT_NAMES} in one word, so it looks like a name it is not` });
      }
      if (!joinable(alias.text)) {
        problems.push({ path: `${path}.text`, message: 'has more than two marks between two of its words, so it can never match' });
      }
      if (alias.from && alias.until && alias.from > alias.until) {
        problems.push({ path: `${path}.until`, message: `is before its "from" (${alias.from})` });
      }
      if (!alias.ambiguous && !alias.needsStory && marksEveryPage(alias, key)) {
        problems.push({
          path: `${path}.text`,
          message: `"${alias.text}" is ${key.length === 1 ? 'a single letter' : 'one of the most common words'} and would mark nearly every page; mark it "ambiguous" (or "needsStory") if it must be there`,
        });
      }
      const holding: Holding = { entity: entity.id, alias };
      const holders = aliasOwners.get(key);
      if (!holders) {
        aliasOwners.set(key, [holding]);
        return;
      }
      const clash = holders.find((other) => !apart(other.alias, alias));
      if (clash) problems.push({ path: `${path}.text`, message: clashMessage(alias, clash, entity.id) });
      else holders.push(holding);
    });
    entity.related.forEach((id, j) => {
      if (entity.related.indexOf(id) !== j) {
        problems.push({ path: `entities[${i}].related[${j}]`, message: `"${id}" is listed twice` });
      } else if (!entityIds.has(id)) {
        problems.push({ path: `entities[${i}].related[${j}]`, message: `unknown entity id "${id}"` });
      } else if (id === entity.id) {
        problems.push({ path: `entities[${i}].related[${j}]`, message: 'an entity cannot be related to itself' });
      }
    });
    if (entity.stance && !labelIds.has(entity.stance.label)) {
      problems.push({ path: `entities[${i}].stance.label`, message: `unknown stance label "${entity.stance.label}"` });
    }
  });

  pack.story.reactions.forEach((reaction, i) => {
    if (!entityIds.has(reaction.actor)) {
      problems.push({ path: `story.reactions[${i}].actor`, message: `unknown entity id "${reaction.actor}"` });
    }
    if (!labelIds.has(reaction.stance)) {
      problems.push({ path: `story.reactions[${i}].stance`, message: `unknown stance label "${reaction.stance}"` });
    }
  });
  const anchors = new Set<string>();
  pack.story.anchors?.forEach((id, i) => {
    if (anchors.has(id)) problems.push({ path: `story.anchors[${i}]`, message: `"${id}" is listed twice` });
    else if (!entityIds.has(id)) problems.push({ path: `story.anchors[${i}]`, message: `unknown entity id "${id}"` });
    anchors.add(id);
  });
  return problems;
}

/** Scripts with letters that look alike ("Irаn" with a Cyrillic а); one word may use only one of them. */
const LOOKALIKE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Armenian}/u];
const LOOKALIKE_SCRIPT_NAMES = 'more than one of the Latin, Cyrillic, Greek and Armenian scripts';

/** The first word of `text` whose letters come from more than one of LOOKALIKE_SCRIPTS, or null. */
function mixedScriptWord(text: string): string | null {
  for (const word of text.split(/[^\p{L}\p{M}]+/u)) {
    if (word && LOOKALIKE_SCRIPTS.filter((script) => script.test(word)).length > 1) return word;
  }
  return null;
}

/**
 * Whether a form would be met on nearly every page: a single letter, or one of the most common
 * words, in any case. A case-sensitive form in capitals ("US", "EU", "IT") is written so rarely
 * that way in running text that it is allowed.
 */
function marksEveryPage(alias: Alias, key: string): boolean {
  if (key.length !== 1 && !COMMON_WORDS.has(key)) return false;
  return !(alias.caseSensitive && alias.text.length > 1 && alias.text === alias.text.toUpperCase());
}

/** An alias and the entity that holds it. */
interface Holding {
  entity: string;
  alias: Alias;
}

/** Whether two forms' periods are set and do not overlap, so that both can be held. */
function apart(a: Alias, b: Alias): boolean {
  if (!(a.from || a.until) || !(b.from || b.until)) return false;
  return (a.until !== undefined && b.from !== undefined && a.until < b.from) || (b.until !== undefined && a.from !== undefined && b.until < a.from);
}

function clashMessage(alias: Alias, clash: Holding, entity: string): string {
  const where = clash.entity === entity ? 'already listed for this entity' : `already an alias of "${clash.entity}"`;
  if (!(alias.from || alias.until) || !(clash.alias.from || clash.alias.until)) return `duplicate alias "${alias.text}" (${where})`;
  return `alias "${alias.text}" is valid ${period(alias)}, which overlaps its period ${period(clash.alias)} (${where})`;
}

function period(alias: Alias): string {
  if (alias.from && alias.until) return `from ${alias.from} until ${alias.until}`;
  return alias.from ? `from ${alias.from}` : `until ${alias.until}`;
}

// ---------------------------------------------------------------------------------------------
// Sources and dates

/** Every statement of the pack that can cite sources, with its path. */
function* statementsOf(pack: Pack): Generator<{ path: string; source: string; cites?: readonly string[] }> {
  const { story } = pack;
  yield { path: 'article', source: 'article', cites: pack.article.cites };
  yield { path: 'story.summary', ...story.summary };
  for (const part of ['background', 'impact', 'next', 'corrections', 'since'] as const) {
    const items = story[part] ?? [];
    for (let i = 0; i < items.length; i++) yield { path: `story.${part}[${i}]`, ...items[i]! };
  }
  for (let i = 0; i < story.reactions.length; i++) yield { path: `story.reactions[${i}]`, ...story.reactions[i]! };
  for (let i = 0; i < pack.entities.length; i++) {
    const entity = pack.entities[i]!;
    for (let j = 0; j < entity.role.length; j++) yield { path: `entities[${i}].role[${j}]`, ...entity.role[j]! };
    if (entity.stance) yield { path: `entities[${i}].stance`, ...entity.stance };
    for (let j = 0; j < entity.facts.length; j++) yield { path: `entities[${i}].facts[${j}]`, ...entity.facts[j]! };
  }
}

/**
 * Sources are listed once each and dated no later than the pack; every citation names one; and,
 * in a pack of the current version, every statement marked "background" cites at least one.
 */
function checkSources(pack: Pack, citesRequired: boolean): PackProblem[] {
  const problems: PackProblem[] = [];
  const ids = new Set<string>();
  pack.sources.forEach((source, i) => {
    if (ids.has(source.id)) problems.push({ path: `sources[${i}].id`, message: `duplicate source id "${source.id}"` });
    ids.add(source.id);
    if (isAfter(source.date, pack.asOf)) {
      problems.push({ path: `sources[${i}].date`, message: `is after the pack's date (asOf ${pack.asOf})` });
    }
  });
  for (const { path, source, cites } of statementsOf(pack)) {
    cites?.forEach((id, j) => {
      if (!ids.has(id)) problems.push({ path: `${path}.cites[${j}]`, message: `unknown source id "${id}"` });
    });
    if (citesRequired && source === 'background' && !cites?.length) {
      problems.push({ path: `${path}.cites`, message: 'a background statement must cite at least one of the pack\'s sources' });
    }
  }
  return problems;
}

/**
 * Nothing is dated after the pack, facts are oldest first, and what happened since the article
 * is not dated before it.
 */
function checkDates(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  const dated = (path: string, items: readonly { date: string }[]) => {
    items.forEach((item, i) => {
      if (isAfter(item.date, pack.asOf)) {
        problems.push({ path: `${path}[${i}].date`, message: `is after the pack's date (asOf ${pack.asOf})` });
      }
      const previous = items[i - 1];
      if (previous && earliestDay(item.date) < earliestDay(previous.date)) {
        problems.push({ path: `${path}[${i}].date`, message: `is before the item above it (${previous.date}); list them oldest first` });
      }
    });
  };
  pack.entities.forEach((entity, i) => dated(`entities[${i}].facts`, entity.facts));
  const since = pack.story.since ?? [];
  dated('story.since', since);
  const articleDate = pack.article.date;
  if (articleDate) {
    since.forEach((item, i) => {
      if (isBefore(item.date, earliestDay(articleDate))) {
        problems.push({ path: `story.since[${i}].date`, message: `is before the article's date (${articleDate})` });
      }
    });
  }
  return problems;
}

/** Whether the matcher can read an alias's words as one name (see gapBetween). */
function joinable(text: string): boolean {
  const normalized = text.normalize('NFC');
  const words = splitWords(normalized);
  for (let j = 0; j + 1 < words.count; j++) if (gapBetween(normalized, words, j) === null) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Rules between packs

/**
 * An entity id used by two packs is one entity in two stories (the EU, the United States): the
 * card shows its part in each. So a shared id must name the same kind of thing, while an alias
 * that another pack gives to a different entity would take that name from it, and is refused.
 */
function checkAgainstInstalled(pack: Pack, installed: readonly Pack[]): { problems: PackProblem[]; shared: string[] } {
  const problems: PackProblem[] = [];
  if (installed.length === 0) return { problems, shared: [] };
  // A higher revision of an installed story replaces it (lib/knowledge/revisions.ts).
  const same = newestOf(installed).find((other) => other.id === pack.id);
  const replacing = same ? replacementProblem(pack, same) : null;
  if (replacing) problems.push({ path: 'revision', message: replacing });

  const homes = new Map<string, { entity: Entity; pack: Pack }>();
  const aliasHomes = new Map<string, { entity: Entity; pack: Pack; alias: Alias }[]>();
  for (const other of installed) {
    if (other.id === pack.id) continue;
    for (const entity of other.entities) {
      if (!homes.has(entity.id)) homes.set(entity.id, { entity, pack: other });
      for (const alias of entity.aliases) {
        const key = aliasKey(alias.text);
        const list = aliasHomes.get(key);
        if (list) list.push({ entity, pack: other, alias });
        else aliasHomes.set(key, [{ entity, pack: other, alias }]);
      }
    }
  }

  const shared: string[] = [];
  pack.entities.forEach((entity, i) => {
    const home = homes.get(entity.id);
    if (home && home.entity.type !== entity.type) {
      problems.push({
        path: `entities[${i}].type`,
        message:
          `"${entity.id}" is a ${home.entity.type} in “${home.pack.story.title}”; an id shared between packs ` +
          'names the same entity, so it must have the same type',
      });
    } else if (home) {
      shared.push(entity.id);
    }
    entity.aliases.forEach((alias, j) => {
      // Another entity's form is taken from it, unless both hold it in periods apart.
      const owner = aliasHomes.get(aliasKey(alias.text))?.find((home) => home.entity.id !== entity.id && !apart(home.alias, alias));
      if (!owner) return;
      problems.push({
        path: `entities[${i}].aliases[${j}].text`,
        message:
          `alias "${alias.text}" would shadow "${owner.entity.id}" of the installed pack “${owner.pack.story.title}”; ` +
          `use that entity's id to share it, or another form`,
      });
    });
  });
  return { problems, shared };
}
