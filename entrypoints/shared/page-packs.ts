/**
 * What a page's content script reads of the packs when it starts: storage's records of the
 * installed packs, still as text, and the key naming them (see `knowledgeKey`). The page's
 * knowledge is made from these same records later, and only if the page names something
 * (`makePageKnowledge` in ./page-knowledge.ts), so that it is the knowledge of the packs the page
 * opened with whatever was installed or removed since, as the key says.
 */
import { knowledgeKey } from '../../lib/knowledge/stored-pack';
import { readPackRecords } from './pack-records';

export interface PagePacks {
  /**
   * What storage holds for each installed pack, by pack id; emptied by the knowledge made from
   * it once it has parsed them (see `makePageKnowledge`).
   */
  records: Map<string, unknown>;
  key: string;
  /** Main-thread time spent on storage's answer. */
  readMs: number;
}

export async function readPagePacks(): Promise<PagePacks> {
  const records = await readPackRecords().catch(() => new Map<string, unknown>());
  const started = performance.now();
  const key = knowledgeKey(records);
  return { records, key, readMs: performance.now() - started };
}
