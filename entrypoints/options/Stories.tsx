import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ImportStatus, type ImportState } from '../../components/ImportStatus';
import { JsonFileInput } from '../../components/JsonFileInput';
import { bundledPacks } from '../../data';
import type { Pack } from '../../data/schema';
import { formatDate } from '../../lib/dates';
import { parseJsonFile } from '../../lib/knowledge/pack-file';
import { revisionOf } from '../../lib/knowledge/revisions';
import { combinePacks, type InstalledPacks } from '../../lib/knowledge/stored-pack';
import { installPackValue } from '../../storage/install-pack';
import { loadInstalledPacks, removePack, watchInstalledPacks } from '../../storage/packs';
import { dismissStoryChanges } from '../../storage/story-changes';
import { nextPaint, readChosenFile } from './file-text';
import { OptionGroup } from './OptionGroup';

/**
 * The stories section of the options: the bundled and installed packs, importing a pack from a
 * file (checked in full before anything is stored; a refused pack changes nothing), and
 * removing one.
 */
export function Stories() {
  const [installed, setInstalled] = useState<InstalledPacks | null>(null);
  const [status, setStatus] = useState<ImportState>({ kind: 'idle' });
  const [confirming, setConfirming] = useState<string | null>(null);

  const refresh = () =>
    loadInstalledPacks()
      .then(setInstalled)
      .catch((error: unknown) => setStatus({ kind: 'error', text: `The installed packs could not be read: ${String(error)}` }));

  useEffect(() => {
    void refresh();
    return watchInstalledPacks(() => void refresh());
  }, []);

  const importFile = async (file: File) => {
    setStatus({ kind: 'busy', text: `Checking ${file.name}…` });
    await nextPaint();
    try {
      const text = await readChosenFile(file);
      const parsed = parseJsonFile(text);
      const result = parsed.ok ? await installPackValue(parsed.value) : { ok: false as const, problems: [{ path: '', message: parsed.message }] };
      if (!result.ok) {
        setStatus({ kind: 'refused', text: `${file.name} was not installed; nothing was changed.`, problems: result.problems });
        return;
      }
      const { pack, replaced, sharedNames: names } = result;
      setStatus({
        kind: 'done',
        text:
          (replaced
            ? `Updated “${pack.story.title}” from revision ${revisionOf(replaced)} to ${revisionOf(pack)}: `
            : `Installed “${pack.story.title}”: `) +
          `${pack.entities.length} people, places and ideas, facts as of ${formatDate(pack.asOf)}.` +
          (names.length > 0 ? ` Also in other stories: ${names.join(', ')}.` : '') +
          ' Pages use it for the text they read from now on; reload a page to mark what it already shows.',
      });
    } catch (error) {
      setStatus({ kind: 'error', text: `${file.name} could not be imported: ${error instanceof Error ? error.message : String(error)}` });
    }
    void refresh();
  };

  const remove = async (id: string, title: string) => {
    setConfirming(null);
    try {
      await removePack(id);
      await dismissStoryChanges(id);
      setStatus({ kind: 'done', text: `Removed “${title}”. Pages no longer use it for the text they read from now on; reload a page to clear the story’s marks from it.` });
    } catch (error) {
      setStatus({ kind: 'error', text: `“${title}” could not be removed: ${String(error)}` });
    }
    void refresh();
  };

  const bundledIds = new Set(bundledPacks().map((p) => p.id));
  const inUse = combinePacks(bundledPacks(), installed?.packs ?? []);
  const removeButton = (id: string, title: string) =>
    confirming === id ? (
      <span class="bs-confirm">
        Remove “{title}”?{' '}
        <button type="button" class="bs-link bs-remove-confirm" onClick={() => void remove(id, title)}>
          Remove
        </button>{' '}
        <button type="button" class="bs-link" onClick={() => setConfirming(null)}>
          Keep
        </button>
      </span>
    ) : (
      <button type="button" class="bs-link bs-remove" aria-label={`Remove “${title}”`} onClick={() => setConfirming(id)}>
        Remove
      </button>
    );

  return (
    <OptionGroup id="opt-stories" title="Stories">
      <ul class="bs-packs">
        {bundledPacks().map((pack) => (
          <PackRow key={pack.id} pack={pack} origin={inUse.includes(pack) ? 'built in' : 'built in, replaced by the newer revision below'} />
        ))}
        {installed?.packs.map((pack) => (
          <PackRow
            key={pack.id}
            pack={pack}
            origin={
              !bundledIds.has(pack.id)
                ? 'installed'
                : inUse.includes(pack)
                  ? 'installed, a newer revision of a built-in story'
                  : 'installed, not used: the built-in story is this revision or newer'
            }
            action={removeButton(pack.id, pack.story.title)}
          />
        ))}
        {installed?.broken.map(({ id, reason }) => (
          <li class="bs-pack bs-pack-broken" key={id} data-pack={id}>
            <strong>{id}</strong>
            <p class="bs-error">
              This stored pack cannot be read ({reason}), so it is not used. It is kept as it is until you remove it.
            </p>
            {removeButton(id, id)}
          </li>
        ))}
      </ul>
      <JsonFileInput
        id="bs-import-pack"
        label="Import a story pack (a .json file):"
        disabled={status.kind === 'busy'}
        onFile={(file) => void importFile(file)}
      >
          A pack is checked in full before it is stored; a pack with any problem is refused and nothing changes. Packs
          are data only: their text is always shown as text. How to write one: see “Writing a story pack” in the README.
      </JsonFileInput>
      <ImportStatus state={status} id="bs-import-status" />
    </OptionGroup>
  );
}

function PackRow({ pack, origin, action }: { pack: Pack; origin: string; action?: ComponentChildren }) {
  return (
    <li class="bs-pack" data-pack={pack.id}>
      <div>
        <strong>{pack.story.title}</strong>
        <p class="bs-asof">
          {pack.entities.length} people, places and ideas · facts as of {formatDate(pack.asOf)} · revision {revisionOf(pack)} · {origin}
        </p>
      </div>
      {action}
    </li>
  );
}
