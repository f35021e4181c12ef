/**
 * Which story a page is most about, for the popup: each installed story scored by the mentions
 * found that belong to it. An entity shared by two stories (the United States) counts for both,
 * so the stories' own entities decide between them.
 */
import type { Pack } from '../../data/schema';

export interface StoryScore {
  pack: Pack;
  /** Mentions on the page of the story's entities. */
  mentions: number;
  /** Distinct entities of the story on the page. */
  entities: number;
}

/** Every story, the one the page is most about first; ties keep the packs' order. */
export function rankStories(packs: readonly Pack[], mentionsOf: Readonly<Record<string, number>>): StoryScore[] {
  const counts = new Map(Object.entries(mentionsOf));
  const scores = packs.map((pack, order) => {
    let total = 0;
    let entities = 0;
    if (counts.size > 0) {
      for (const entity of pack.entities) {
        const n = counts.get(entity.id);
        if (n === undefined) continue;
        total += n;
        entities++;
      }
    }
    return { score: { pack, mentions: total, entities }, order };
  });
  scores.sort((a, b) => b.score.mentions - a.score.mentions || b.score.entities - a.score.entities || a.order - b.order);
  return scores.map((s) => s.score);
}
