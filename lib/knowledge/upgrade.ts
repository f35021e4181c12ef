/**
 * Packs written for an earlier version of the format, read in the current structure, so that a
 * pack a reader installed or exported before still loads.
 *
 * Version 1 had no sources: its statements cite nothing, and it is accepted so (the rule that
 * background statements cite a source applies to version 2). Its entity's `role` was one
 * statement, now a list; its article had no `name`, so the interface names it by its title.
 * The pack keeps its version number, so that reading it again (from storage, from a backup)
 * judges it the same way: upgrading is idempotent. Only what can be read is changed; anything
 * else is left for the validator to name.
 */
import { isRecord } from '../guards';

export interface Upgraded {
  value: unknown;
  /** The version the pack was written for, when older than the current one. */
  from: number | null;
}

export function upgradePack(value: unknown): Upgraded {
  if (!isRecord(value) || value.schemaVersion !== 1) return { value, from: null };
  const pack: Record<string, unknown> = { ...value };
  if (!('sources' in pack)) pack.sources = [];
  if (isRecord(pack.article) && !('name' in pack.article) && typeof pack.article.title === 'string') {
    const title = pack.article.title;
    pack.article = { ...pack.article, name: title.length <= 80 ? title : `${title.slice(0, 79)}…` };
  }
  if (Array.isArray(pack.entities)) {
    pack.entities = pack.entities.map((entity: unknown) =>
      isRecord(entity) && isRecord(entity.role) ? { ...entity, role: [entity.role] } : entity,
    );
  }
  return { value: pack, from: 1 };
}
