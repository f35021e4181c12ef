import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ImportStatus, type ImportState } from '../../components/ImportStatus';
import { JsonFileInput } from '../../components/JsonFileInput';
import { isolated, useWords } from '../../components/words';
import { bundledPacks } from '../../data';
import type { Pack } from '../../data/schema';
import { textLanguage } from '../../lib/knowledge/lookup';
import { parseJsonFile } from '../../lib/knowledge/pack-file';
import { revisionOf } from '../../lib/knowledge/revisions';
import { combinePacks, type InstalledPacks } from '../../lib/knowledge/stored-pack';
import { installPackValue } from '../../storage/install-pack';
import { loadInstalledPacks, removePack, watchInstalledPacks } from '../../storage/packs';
import { dismissStoryChanges } from '../../storage/story-changes';
import { nextPaint, readChosenFile } from './file-text';
import { OptionGroup } from './OptionGroup';
import { failure, listOf } from './sentences';

/**
 * The stories section of the options: the bundled and installed packs, importing a pack from a
 * file (checked in full before anything is stored; a refused pack changes nothing), and
 * removing one.
 */
export function Stories() {
  const words = useWords();
  const { t } = words;
  const [installed, setInstalled] = useState<InstalledPacks | null>(null);
  const [status, setStatus] = useState<ImportState>({ kind: 'idle' });
  const [confirming, setConfirming] = useState<string | null>(null);

  const refresh = () =>
    loadInstalledPacks()
      .then(setInstalled)
      .catch((error: unknown) => setStatus({ kind: 'error', text: t('options.stories.unreadable', [failure(error, words)]) }));

  useEffect(() => {
    void refresh();
    return watchInstalledPacks(() => void refresh());
  }, []);

  const importFile = async (file: File) => {
    const name = isolated(file.name);
    setStatus({ kind: 'busy', text: t('options.checking', [name]) });
    await nextPaint();
    try {
      const text = await readChosenFile(file);
      const parsed = parseJsonFile(text);
      const result = parsed.ok ? await installPackValue(parsed.value) : { ok: false as const, problems: [{ path: '', message: parsed.message }] };
      if (!result.ok) {
        setStatus({ kind: 'refused', text: t('options.stories.refused', [name]), problems: result.problems });
        return;
      }
      const { pack, replaced, sharedNames: names } = result;
      const title = isolated(pack.story.title);
      const entities = t('options.stories.entities', pack.entities.length);
      const asOf = words.date(pack.asOf);
      const said = replaced
        ? t('options.stories.updatedStory', [title, revisionOf(replaced), revisionOf(pack), entities, asOf])
        : t('options.stories.installedStory', [title, entities, asOf]);
      setStatus({
        kind: 'done',
        text: [said, ...(names.length > 0 ? [t('options.stories.alsoIn', [listOf(names, words)])] : []), t('options.stories.usedFromNow')].join(' '),
      });
    } catch (error) {
      setStatus({ kind: 'error', text: t('options.stories.importFailed', [name, failure(error, words)]) });
    }
    void refresh();
  };

  const remove = async (id: string, title: string) => {
    setConfirming(null);
    try {
      await removePack(id);
      await dismissStoryChanges(id);
      setStatus({ kind: 'done', text: t('options.stories.removed', [isolated(title)]) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('options.stories.removeFailed', [isolated(title), failure(error, words)]) });
    }
    void refresh();
  };

  const bundledIds = new Set(bundledPacks().map((p) => p.id));
  const inUse = combinePacks(bundledPacks(), installed?.packs ?? []);
  const removeButton = (id: string, title: string) =>
    confirming === id ? (
      <span class="bs-confirm">
        {t('options.stories.confirmRemove', [isolated(title)])}{' '}
        <button type="button" class="bs-link bs-remove-confirm" onClick={() => void remove(id, title)}>
          {t('options.remove')}
        </button>{' '}
        <button type="button" class="bs-link" onClick={() => setConfirming(null)}>
          {t('options.stories.keep')}
        </button>
      </span>
    ) : (
      <button type="button" class="bs-link bs-remove" aria-label={t('options.stories.removeLabel', [isolated(title)])} onClick={() => setConfirming(id)}>
        {t('options.remove')}
      </button>
    );

  return (
    <OptionGroup id="opt-stories" title={t('options.stories.title')}>
      <ul class="bs-packs">
        {bundledPacks().map((pack) => (
          <PackRow
            key={pack.id}
            pack={pack}
            origin={inUse.includes(pack) ? t('options.stories.builtIn') : t('options.stories.builtInReplaced')}
          />
        ))}
        {installed?.packs.map((pack) => (
          <PackRow
            key={pack.id}
            pack={pack}
            origin={
              !bundledIds.has(pack.id)
                ? t('options.stories.installed')
                : inUse.includes(pack)
                  ? t('options.stories.installedNewer')
                  : t('options.stories.installedUnused')
            }
            action={removeButton(pack.id, pack.story.title)}
          />
        ))}
        {installed?.broken.map(({ id, reason }) => (
          <li class="bs-pack bs-pack-broken" key={id} data-pack={id}>
            <strong>{id}</strong>
            <p class="bs-error">{t('options.stories.broken', [isolated(reason)])}</p>
            {removeButton(id, id)}
          </li>
        ))}
      </ul>
      <JsonFileInput
        id="bs-import-pack"
        label={t('options.stories.importLabel')}
        disabled={status.kind === 'busy'}
        onFile={(file) => void importFile(file)}
      >
        {t('options.stories.importHelp')}
      </JsonFileInput>
      <ImportStatus state={status} id="bs-import-status" />
    </OptionGroup>
  );
}

function PackRow({ pack, origin, action }: { pack: Pack; origin: string; action?: ComponentChildren }) {
  const { t, date } = useWords();
  return (
    <li class="bs-pack" data-pack={pack.id}>
      <div>
        <strong {...textLanguage(pack.language)}>{pack.story.title}</strong>
        <p class="bs-asof">
          {[
            t('options.stories.entities', pack.entities.length),
            t('options.stories.factsAsOf', [date(pack.asOf)]),
            t('options.stories.revision', [revisionOf(pack)]),
            origin,
          ].join(' · ')}
        </p>
      </div>
      {action}
    </li>
  );
}
