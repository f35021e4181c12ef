/**
 * One file that holds the reader's installed packs and settings, to carry them to another
 * browser. Reading one back checks every pack exactly as an import does (against the bundled
 * packs and the file's earlier packs) and repairs the settings field by field as storage reads
 * do; a file with any bad pack is refused whole, so nothing is half restored. Pure: the storage
 * wiring is in storage/.
 */
import * as v from 'valibot';
import { LIMITS, type Pack } from '../data/schema';
import { isRecord } from './guards';
import { parseJsonFile } from './knowledge/pack-file';
import { revisionOf } from './knowledge/revisions';
import { validatePack, type PackProblem } from './knowledge/validate';
import { repairSettings, type Settings } from './settings';

const BACKUP_FORMAT = 'backstory-backup';
const BACKUP_VERSION = 1;
/** Packs in one backup; far more than anyone installs. */
const BACKUP_MAX_PACKS = 50;

interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** When the file was made, as an ISO date and time. */
  exportedAt: string;
  settings: Settings;
  /** The installed packs (bundled ones ship with every copy and are left out). */
  packs: Pack[];
}

export function makeBackup(settings: Settings, packs: readonly Pack[], now: Date = new Date()): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), settings, packs: [...packs] };
  return `${JSON.stringify(backup, null, 1)}\n`;
}

export type BackupReading =
  | {
      ok: true;
      settings: Settings;
      /** Settings in the file that could not be read and were left at their defaults. */
      reset: (keyof Settings)[];
      /** Items of the file's lists that could not be read and were left out ("field: item"). */
      dropped: string[];
      /** Ids of the file's packs left out because this copy of Backstory now ships them. */
      skipped: string[];
      packs: Pack[];
    }
  | { ok: false; problems: PackProblem[] };

const EnvelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT, 'must be "backstory-backup": this is not a Backstory backup file'),
  version: v.literal(BACKUP_VERSION, `must be ${BACKUP_VERSION}`),
  settings: v.unknown(),
  packs: v.pipe(
    v.array(v.unknown(), 'must be a list of packs'),
    v.maxLength(BACKUP_MAX_PACKS, `must have at most ${BACKUP_MAX_PACKS} packs`),
  ),
});

/** The backup in `text`, checked; `bundled` are the packs this copy of Backstory ships with. */
export function readBackup(text: string, bundled: readonly Pack[]): BackupReading {
  const file = parseJsonFile(text, LIMITS.fileCharacters * 4);
  if (!file.ok) return { ok: false, problems: [{ path: '', message: file.message }] };
  const envelope = v.safeParse(EnvelopeSchema, file.value);
  if (!envelope.success) {
    return {
      ok: false,
      problems: envelope.issues.map((issue) => ({
        path: issue.path?.map((item) => String(item.key)).join('.') ?? '',
        message: issue.input === undefined && issue.kind === 'schema' ? 'is required' : issue.message,
      })),
    };
  }
  const packs: Pack[] = [];
  const problems: PackProblem[] = [];
  const skipped: string[] = [];
  const bundledRevisions = new Map(bundled.map((p) => [p.id, revisionOf(p)]));
  envelope.output.packs.forEach((raw, i) => {
    // A story installed from a file that a newer Backstory now ships, at the same revision or a
    // later one: the built-in one serves. A later revision than the built-in one is restored.
    const { id, revision }: { id?: unknown; revision?: unknown } = isRecord(raw) ? raw : {};
    const shipped = typeof id === 'string' ? bundledRevisions.get(id) : undefined;
    if (shipped !== undefined && !(typeof revision === 'number' && revision > shipped)) {
      skipped.push(id as string);
      return;
    }
    const result = validatePack(raw, { installed: [...bundled, ...packs] });
    if (result.ok) packs.push(result.pack);
    else problems.push(...result.problems.map((p) => ({ path: p.path ? `packs[${i}].${p.path}` : `packs[${i}]`, message: p.message })));
  });
  if (problems.length > 0) return { ok: false, problems };
  const { settings, reset, dropped } = repairSettings(envelope.output.settings);
  return { ok: true, settings, reset, dropped, skipped, packs };
}
