/**
 * The one knowledge of every pack, bundled and installed, which the background alone holds:
 * pages send it their text and get back self-describing candidates (lib/knowledge/describe.ts),
 * and a card's text when the reader first opens one. Made when a page first asks, and made
 * again when packs are installed or removed.
 */
import { compileKnowledge, type Knowledge } from '../lib/knowledge/compile';
import { cardParts, describeTexts, findMentions } from '../lib/knowledge/describe';
import type { KnownOnPage } from '../lib/draft/pack';
import type { CardAnswer, MatchAnswer } from '../protocol/from-background';
import type { MatchTexts } from '../protocol/to-background';
import type { Pack } from '../data/schema';
import { loadPacks, readPackRecords, watchInstalledPacks } from '../storage/packs';
import { bundled } from './bundled';

export interface BackgroundKnowledge {
  /** A batch of a page's texts, its candidates described; null if there is no knowledge to match with. */
  match(message: MatchTexts): Promise<MatchAnswer | null>;
  /** What a card shows of an entity. */
  card(entityId: string): Promise<CardAnswer>;
  /**
   * What a draft needs of the knowledge: the entities the passages of a document of the day
   * `day` name, as a page would mark them, and how often; and the packs in use.
   */
  draftContext(passages: readonly string[], day: string): Promise<{ known: KnownOnPage[]; packs: readonly Pack[] }>;
}

export function backgroundKnowledge(): BackgroundKnowledge {
  let loading: Promise<Knowledge> | null = null;
  watchInstalledPacks(() => {
    loading = loadKnowledge();
    loading.catch(() => {}); // the next question tries again (see `current`)
  });
  const current = async (): Promise<Knowledge | null> => {
    const attempt = (loading ??= loadKnowledge());
    return attempt.catch(() => {
      if (loading === attempt) loading = null;
      return null;
    });
  };
  return {
    async match(message) {
      const knowledge = await current();
      if (!knowledge) return null;
      const started = performance.now();
      const { candidates, facts } = describeTexts(knowledge, unpack(message), { fuzzy: message.fuzzy });
      return { found: candidates, facts, busyMs: performance.now() - started };
    },
    async card(entityId) {
      const knowledge = await current();
      return { parts: knowledge ? cardParts(knowledge, entityId) : [] };
    },
    async draftContext(passages, day) {
      const knowledge = await current();
      if (!knowledge) return { known: [], packs: await loadPacks() };
      const counts = new Map<string, number>();
      for (const mentions of findMentions(knowledge, passages, {}, day)) {
        for (const { entity } of mentions) counts.set(entity, (counts.get(entity) ?? 0) + 1);
      }
      const known = [...counts].map(([id, count]) => ({ entity: knowledge.entities[knowledge.byId.get(id)!]!.entity, count }));
      // The packs it was made of are the packs in use: no need to read and parse them again.
      return { known, packs: knowledge.packs };
    },
  };
}

/**
 * Knowledge of every pack. With nothing installed it is the build's plan of the bundled packs,
 * rebuilt in a few milliseconds; with installed packs every pack is compiled, at once: a large
 * pack holds the background for as long as it takes (docs/performance.md), and the pages'
 * questions would wait for the knowledge anyway.
 */
async function loadKnowledge(): Promise<Knowledge> {
  const records = await readPackRecords().catch(() => new Map<string, unknown>());
  const packs = bundled.withInstalled(records);
  if (bundled.areAll(packs)) return bundled.knowledge();
  return compileKnowledge(packs);
}

/** The texts of a batch: sent one after another, with the length of each. */
function unpack({ text, lengths }: MatchTexts): string[] {
  const texts: string[] = [];
  let at = 0;
  for (const length of lengths) texts.push(text.slice(at, (at += length)));
  return texts;
}
