import { useState } from 'preact/hooks';
import { ImportStatus, type ImportState } from '../../components/ImportStatus';
import { JsonFileInput } from '../../components/JsonFileInput';
import { isolated, useWords } from '../../components/words';
import { bundledPacks } from '../../data';
import { makeBackup, readBackup } from '../../lib/backup';
import { LIMITS } from '../../data/schema';
import { loadInstalledPacks, replaceInstalledPacks } from '../../storage/packs';
import { loadSettings, settingsWrites } from '../../storage/settings';
import { nextPaint, readChosenFile, saveTextFile } from './file-text';
import { OptionGroup } from './OptionGroup';
import { failure, listOf } from './sentences';

/**
 * Carrying Backstory to another browser: the installed packs and the settings as one file,
 * and that file read back. A file with any bad pack is refused whole and changes nothing.
 */
export function Backup() {
  const words = useWords();
  const { t } = words;
  const [status, setStatus] = useState<ImportState>({ kind: 'idle' });

  const exportAll = async () => {
    try {
      const [settings, installed] = await Promise.all([loadSettings(), loadInstalledPacks()]);
      const filename = `backstory-backup-${new Date().toISOString().slice(0, 10)}.json`;
      saveTextFile(makeBackup(settings, installed.packs), filename);
      const saved = t('options.backup.saved', [t('options.backup.installedPacks', installed.packs.length), isolated(filename)]);
      const broken = installed.broken.length > 0 ? [t('options.backup.damagedLeftOut', installed.broken.length)] : [];
      setStatus({ kind: 'done', text: [saved, ...broken].join(' ') });
    } catch (error) {
      setStatus({ kind: 'error', text: t('options.backup.failed', [failure(error, words)]) });
    }
  };

  const restore = async (file: File) => {
    const name = isolated(file.name);
    setStatus({ kind: 'busy', text: t('options.checking', [name]) });
    await nextPaint();
    try {
      const result = readBackup(await readChosenFile(file, LIMITS.fileCharacters * 4), bundledPacks());
      if (!result.ok) {
        setStatus({ kind: 'refused', text: t('options.backup.refused', [name]), problems: result.problems });
        return;
      }
      // Packs and settings in one write: a restore is never left half done.
      const damaged = await replaceInstalledPacks(result.packs, settingsWrites(result.settings));
      const said = [
        t('options.backup.restored', [t('options.backup.packs', result.packs.length), name]),
        ...(result.reset.length > 0 ? [t('options.backup.reset', [listOf(result.reset, words)])] : []),
        ...(result.dropped.length > 0 ? [t('options.backup.dropped', [listOf(result.dropped, words, 'semicolon')])] : []),
        ...(result.skipped.length > 0 ? [t('options.backup.skipped', [listOf(result.skipped, words)])] : []),
        ...(damaged.length > 0 ? [t('options.backup.damaged', [listOf(damaged, words)])] : []),
      ];
      setStatus({ kind: 'done', text: said.join(' ') });
    } catch (error) {
      setStatus({ kind: 'error', text: t('options.backup.notRestored', [name, failure(error, words)]) });
    }
  };

  return (
    <OptionGroup id="opt-backup" title={t('options.backup.title')}>
      <p>{t('options.backup.intro')}</p>
      <div>
        <button type="button" id="bs-export" onClick={() => void exportAll()}>
          {t('options.backup.export')}
        </button>
      </div>
      <JsonFileInput id="bs-restore" label={t('options.backup.restoreLabel')} disabled={status.kind === 'busy'} onFile={(file) => void restore(file)}>
        {t('options.backup.restoreHelp')}
      </JsonFileInput>
      <ImportStatus state={status} id="bs-backup-status" />
    </OptionGroup>
  );
}
