/**
 * Deciding a page's candidates with the whole page as context: which of them are mentions, and
 * of whom. The background finds the candidates and describes each (lib/knowledge/describe.ts):
 * the entity it names, how, whether its form is ambiguous, needs the story or is held in turn,
 * and the few facts of each entity the rules read. This needs nothing else, so a page decides
 * without any copy of the knowledge:
 * - a misspelling near two names goes to the one the page names exactly, and is dropped if it
 *   names neither or both;
 * - a form held in turn goes to the holder `chooseHolder` picks, on the page's day;
 * - ambiguous words follow `keepAmbiguous`.
 */
import type { AliasKind } from '../../data/vocabulary';

export type MatchHow = AliasKind | 'possessive' | 'fuzzy';

/** Another entity a candidate may name: a holder of the same form, or a name as near a misspelling. */
export interface Holder {
  entity: string;
  /** The alias as the pack writes it. */
  alias: string;
  /** The form's period on this entity (YYYY-MM-DD, both included), when it is held in turn. */
  from?: string;
  until?: string;
}

/** A word or words of a passage that may name an entity, as the background describes it. */
export interface Candidate extends Holder {
  /** Offsets in the passage. */
  start: number;
  end: number;
  how: MatchHow;
  kind: AliasKind;
  /** Counts only with support from the page (see keepAmbiguous). */
  ambiguous: boolean;
  /** Counts only on a page about the entity's story, or beside a kept related anchor. */
  needsStory: boolean;
  /** The other entities the page may choose between (see the module's comment). */
  others?: Holder[];
  /** Once decided among holders: whether a name on the page or the date chose. */
  decided?: 'name' | 'date';
}

/** What the rules read of an entity. */
export interface EntityFacts {
  type: string;
  /** The ids of the stories (packs) it is part of. */
  stories: string[];
  /** The stories a page is about when it names this entity for sure (the stories' anchors). */
  anchorOf: string[];
  /** The entities related to it, either way. */
  related: string[];
}

export type Facts = ReadonlyMap<string, EntityFacts>;

/**
 * Decides every passage's candidates on the page's day (YYYY-MM-DD: its date, or today), calling
 * `keep` for each mention, in order, with its candidate's position and what it names. `day` is
 * asked only if a form held in turn needs it: reading a page's date asks the page's DOM.
 */
export function decide(
  candidates: readonly (readonly Candidate[])[],
  facts: Facts,
  day: () => string,
  keep: (list: number, index: number, mention: Candidate) => void,
): void {
  const sure = sureEntities(candidates);
  const resolved = candidates.map((list) => {
    let named: Set<string> | null = null;
    return list.map((m, mi): Candidate | null => {
      if (m.how === 'fuzzy' && m.others) {
        const choices = [m, ...m.others].filter((h) => sure.has(h.entity));
        if (choices.length === 1) return as(m, choices[0]!);
        // A misspelling of a form held in turn ("Khamenie") is decided as that form would be.
        if (!heldInTurn(m) || !m.others.every(heldInTurn)) return null;
      }
      if (!heldInTurn(m)) return m;
      named ??= namedInPassage(list);
      return chooseHolder(m, list, mi, named, sure, day);
    });
  });
  // A form held in turn, once decided, is as sure a mention of its holder as its full name.
  for (const list of resolved) for (const m of list) if (m?.decided && !m.ambiguous) sure.add(m.entity);
  const context = new Context(facts, sure);
  resolved.forEach((list, li) => {
    let vouchers: Set<string> | null = null;
    // Forms that need the story are decided last, beside what their passage keeps.
    const kept = list.map((m) => {
      if (!m || !m.ambiguous || m.needsStory) return m;
      vouchers ??= passageVouchers(list);
      return context.keepAmbiguous(m, vouchers) ? m : null;
    });
    let keptVouchers: Set<string> | null = null;
    kept.forEach((m, mi) => {
      if (m?.needsStory) {
        keptVouchers ??= passageVouchers(kept);
        if (!context.keepAmbiguous(m, keptVouchers)) return;
      }
      if (m) keep(li, mi, m);
    });
  });
}

/** Whether a form names its entity only for a while, so that the page's date has a say. */
function heldInTurn(h: Holder): boolean {
  return h.from !== undefined || h.until !== undefined;
}

/** The candidate as a mention of `holder`, its choices made. */
function as(m: Candidate, holder: Holder, decided?: 'name' | 'date'): Candidate {
  return {
    entity: holder.entity,
    alias: holder.alias,
    from: holder.from,
    until: holder.until,
    start: m.start,
    end: m.end,
    how: m.how,
    kind: m.kind,
    ambiguous: m.ambiguous,
    needsStory: m.needsStory,
    others: undefined,
    decided,
  };
}

/** Entities named at least once by a form that needs no support and no date to name them. */
function sureEntities(candidates: readonly (readonly Candidate[])[]): Set<string> {
  const sure = new Set<string>();
  for (const list of candidates) for (const m of list) if (!m.ambiguous && m.how !== 'fuzzy' && !heldInTurn(m)) sure.add(m.entity);
  return sure;
}

/** The entities a passage names by forms that are always theirs. */
function namedInPassage(list: readonly Candidate[]): Set<string> {
  const named = new Set<string>();
  for (const m of list) if (m.how !== 'fuzzy' && !heldInTurn(m)) named.add(m.entity);
  return named;
}

/**
 * Which of a form's holders a candidate names, or null for none:
 * - a holder named right beside it ("Iran's supreme leader, Ali Khamenei,");
 * - for a shared name that is not a title ("Khamenei"), the one holder its passage names in
 *   full, else the one the page names;
 * - otherwise the holder on the page's day; none if no holder held it then (a title in a year
 *   whose holder the pack does not know).
 */
function chooseHolder(
  m: Candidate,
  passage: readonly Candidate[],
  index: number,
  named: ReadonlySet<string>,
  sure: ReadonlySet<string>,
  pageDay: () => string,
): Candidate | null {
  const holders: Holder[] = m.others ? [m, ...m.others] : [m];
  const byName = (entity: string | undefined) => (entity === undefined ? undefined : holders.find((h) => h.entity === entity));
  let holder = byName(adjacentEntity(passage, index, -1)) ?? byName(adjacentEntity(passage, index, 1));
  if (!holder && m.kind !== 'title') holder = onlyOne(holders, named) ?? onlyOne(holders, sure);
  const decided = holder ? 'name' : 'date';
  if (!holder) {
    const day = pageDay();
    holder = onlyOneEntity(holders.filter((h) => (h.from === undefined || h.from <= day) && (h.until === undefined || day <= h.until)));
  }
  return holder ? as(m, holder, decided) : null;
}

/** The entity of the candidate next to `index` on side `step`, if only a space or a comma lies between them. */
function adjacentEntity(passage: readonly Candidate[], index: number, step: -1 | 1): string | undefined {
  const other = passage[index + step];
  if (!other || other.how === 'fuzzy' || heldInTurn(other)) return undefined;
  const gap = step === 1 ? other.start - passage[index]!.end : passage[index]!.start - other.end;
  return gap <= 2 ? other.entity : undefined;
}

/** The holder whose entity is the only one of the holders' entities in `named`. */
function onlyOne(holders: readonly Holder[], named: ReadonlySet<string>): Holder | undefined {
  return onlyOneEntity(holders.filter((h) => named.has(h.entity)));
}

/** The first of `holders` if they all name one entity; undefined if none or several. */
function onlyOneEntity(holders: readonly Holder[]): Holder | undefined {
  const first = holders[0];
  return first && holders.every((h) => h.entity === first.entity) ? first : undefined;
}

/**
 * The entities a passage names by forms that can vouch for a neighbour: every form but one that
 * needs the story. Made once per passage, so that the rule costs each ambiguous word the size of
 * its relations or of its passage's entities, whichever is smaller, never its passage's length.
 */
function passageVouchers(passage: readonly (Candidate | null)[]): Set<string> {
  const vouchers = new Set<string>();
  for (const m of passage) if (m && !m.needsStory) vouchers.add(m.entity);
  return vouchers;
}

/** The page as the rule for ambiguous words sees it. */
class Context {
  /** The stories the page is about: it names one of their anchors for sure. */
  private readonly stories = new Set<string>();
  private readonly relatedSets = new Map<string, Set<string>>();

  constructor(
    private readonly facts: Facts,
    private readonly sure: ReadonlySet<string>,
  ) {
    for (const entity of sure) for (const story of facts.get(entity)?.anchorOf ?? []) this.stories.add(story);
  }

  /**
   * The rule for words that are also everyday words or other people's names ("Rubio", "Trump",
   * "Congress", "Russian"). Keep the mention if
   * - the page names the same entity for sure ("John Kerry ... Kerry said"); or
   * - the page is about one of its entity's stories: it names an anchor of that story for sure
   *   ("Iran", "Khamenei", "the JCPOA"; not the United States or China, which many stories
   *   name), so its words are read in the story's sense; or
   * - its own passage names an entity related to it, even ambiguously ("Kerry and Zarif ... the
   *   nuclear deal"). A form that needs the story ("sanctions", "nuclear program") takes that
   *   only from an anchor of its story that the passage keeps (`decide` decides it last): a page
   *   about North Korea relates them to the United States too. It never vouches for a neighbour.
   * Near misses a story page could still hold ("Ricky Rubio", "US Open") are the pack's
   * confusables, which never become candidates.
   */
  keepAmbiguous(m: Candidate, vouchers: ReadonlySet<string>): boolean {
    if (this.sure.has(m.entity)) return true;
    const own = this.facts.get(m.entity);
    if (!own) return false;
    // An entity shared by several stories belongs to each of them.
    if (own.stories.some((story) => this.stories.has(story))) return true;
    const related = this.related(m.entity, own);
    const vouches = (entity: string) =>
      related.has(entity) && vouchers.has(entity) && (!m.needsStory || (this.facts.get(entity)?.anchorOf.some((s) => own.stories.includes(s)) ?? false));
    if (related.size <= vouchers.size) {
      for (const entity of related) if (vouches(entity)) return true;
    } else {
      for (const entity of vouchers) if (vouches(entity)) return true;
    }
    return false;
  }

  private related(entity: string, own: EntityFacts): Set<string> {
    let set = this.relatedSets.get(entity);
    if (!set) this.relatedSets.set(entity, (set = new Set(own.related)));
    return set;
  }
}
