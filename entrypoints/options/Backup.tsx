import { useState } from 'preact/hooks';
import { ImportStatus, type ImportState } from '../../components/ImportStatus';
import { JsonFileInput } from '../../components/JsonFileInput';
import { bundledPacks } from '../../data';
import { makeBackup, readBackup } from '../../lib/backup';
import { LIMITS } from '../../data/schema';
import { loadInstalledPacks, replaceInstalledPacks } from '../../storage/packs';
import { loadSettings, settingsWrites } from '../../storage/settings';
import { nextPaint, readChosenFile, saveTextFile } from './file-text';
import { OptionGroup } from './OptionGroup';

/**
 * Carrying Backstory to another browser: the installed packs and the settings as one file,
 * and that file read back. A file with any bad pack is refused whole and changes nothing.
 */
export function Backup() {
  const [status, setStatus] = useState<ImportState>({ kind: 'idle' });

  const exportAll = async () => {
    try {
      const [settings, installed] = await Promise.all([loadSettings(), loadInstalledPacks()]);
      const filename = `backstory-backup-${new Date().toISOString().slice(0, 10)}.json`;
      saveTextFile(makeBackup(settings, installed.packs), filename);
      const packs = installed.packs.length === 1 ? '1 installed pack' : `${installed.packs.length} installed packs`;
      const broken = installed.broken.length > 0 ? ` ${installed.broken.length} damaged pack(s) could not be included.` : '';
      setStatus({ kind: 'done', text: `Saved your settings and ${packs} as ${filename}.${broken}` });
    } catch (error) {
      setStatus({ kind: 'error', text: `The backup could not be made: ${String(error)}` });
    }
  };

  const restore = async (file: File) => {
    setStatus({ kind: 'busy', text: `Checking ${file.name}…` });
    await nextPaint();
    try {
      const result = readBackup(await readChosenFile(file, LIMITS.fileCharacters * 4), bundledPacks());
      if (!result.ok) {
        setStatus({ kind: 'refused', text: `${file.name} was not restored; nothing was changed.`, problems: result.problems });
        return;
      }
      // Packs and settings in one write: a restore is never left half done.
      const damaged = await replaceInstalledPacks(result.packs, settingsWrites(result.settings));
      const reset =
        (result.reset.length > 0 ? ` These settings in the file could not be read and are at their defaults: ${result.reset.join(', ')}.` : '') +
        (result.dropped.length > 0 ? ` These items in the file could not be read and were left out: ${result.dropped.join('; ')}.` : '') +
        (result.skipped.length > 0 ? ` These stories are built in at the same or a later revision, so the file's copies were left out: ${result.skipped.join(', ')}.` : '') +
        (damaged.length > 0 ? ` These installed packs were damaged and have been removed: ${damaged.join(', ')}.` : '');
      const packs = result.packs.length === 1 ? '1 pack' : `${result.packs.length} packs`;
      setStatus({ kind: 'done', text: `Restored your settings and ${packs} from ${file.name}.${reset}` });
    } catch (error) {
      setStatus({ kind: 'error', text: `${file.name} could not be restored: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <OptionGroup id="opt-backup" title="Backup">
      <p>Save your settings and installed packs as one file, to restore them here or in another browser.</p>
      <div>
        <button type="button" id="bs-export" onClick={() => void exportAll()}>
          Export packs and settings
        </button>
      </div>
      <JsonFileInput id="bs-restore" label="Restore from a backup file:" disabled={status.kind === 'busy'} onFile={(file) => void restore(file)}>
        Restoring replaces your installed packs and settings with the file's.
      </JsonFileInput>
      <ImportStatus state={status} id="bs-backup-status" />
    </OptionGroup>
  );
}
