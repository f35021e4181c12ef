/**
 * What a page's marker reads of the installed packs when it is loaded: storage's records, still
 * as text, and the key naming them (see `knowledgeKey`). The page's knowledge is made from these
 * same records (`makePageKnowledge` in ./page-knowledge.ts), and stays the knowledge of these
 * packs whatever is installed or removed afterwards, as the key says. Only frames that name
 * something read them (entrypoints/content/marker-loader.ts): the records of a large pack are
 * megabytes.
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
