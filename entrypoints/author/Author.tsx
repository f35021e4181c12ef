/**
 * The story editor: a story drafted from a tab's article (or the draft kept from last time),
 * edited from the keyboard, checked by the validator as the author types with each problem at
 * its field, saved into the installed packs (a new revision when the story is installed
 * already) or exported as a file. The draft is kept as the author types (storage/author-draft.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isolated, useWords } from '../../components/words';
import type { Entity, Pack } from '../../data/schema';
import { ENTITY_TYPES } from '../../data/vocabulary';
import { today } from '../../lib/dates';
import { articleWords } from '../../lib/draft/alias-preview';
import { addEntity, mergeEntities, removeEntity, setAnchor } from '../../lib/draft/editing';
import { newestOf, revisionOf } from '../../lib/knowledge/revisions';
import { validatePack, type PackProblem } from '../../lib/knowledge/validate';
import type { DraftAnswer, InstallAnswer } from '../../protocol/from-background';
import type { ToBackground } from '../../protocol/to-background';
import { dropAuthorDraft, isDraftOf, keepAuthorDraft, readAuthorDraft, type AuthorDraft } from '../../storage/author-draft';
import { loadPacks, watchInstalledPacks } from '../../storage/packs';
import { saveTextFile } from '../options/file-text';
import { EntityEditor } from './EntityEditor';
import { fieldId, fieldPathOf, InEnglish } from './fields';
import { StoryEditor } from './StoryEditor';

type Status = { kind: 'busy' | 'done' | 'error'; text: string } | null;

/** How long typing may pause before the draft is kept. */
const KEEP_AFTER_MS = 250;
/** How long typing may pause before the draft is checked. */
const CHECK_AFTER_MS = 150;

export function Author({ tabId }: { tabId: number | null }) {
  const { t } = useWords();
  const [draft, setDraft] = useState<AuthorDraft | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'busy', text: t('author.status.reading') });
  const [inUse, setInUse] = useState<readonly Pack[]>([]);
  const [selected, setSelected] = useState(0);
  const [newName, setNewName] = useState('');
  const [saving, setSaving] = useState(false);
  /** A kept draft of another page, which starting afresh would replace: the author chooses. */
  const [other, setOther] = useState<{ kept: AuthorDraft; url: string | null } | null>(null);
  const keepTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<AuthorDraft | null>(null);

  /** The address of the tab the story starts from, when there is one and the browser says. */
  const tabUrl = (): Promise<string | null> =>
    tabId === null ? Promise.resolve(null) : browser.tabs.get(tabId).then((tab) => tab.url ?? null, () => null);

  const startFromPage = async (url: string | null) => {
    if (tabId === null) {
      setStatus({ kind: 'error', text: t('author.status.noTab') });
      return;
    }
    setStatus({ kind: 'busy', text: t('author.status.reading') });
    const message: ToBackground = { type: 'backstory:draft-story', tabId };
    // The marks time drafting (tools/bench/draft.ts).
    performance.mark('backstory:draft-asked');
    const answer = (await browser.runtime.sendMessage(message).catch(() => null)) as DraftAnswer | null;
    performance.mark('backstory:draft-answered');
    if (!answer || 'error' in answer) {
      setStatus({ kind: 'error', text: answer ? t(`author.status.draftError.${answer.error}`) : t('author.status.couldNotDraft') });
      return;
    }
    const fresh: AuthorDraft = { url: url ?? answer.url, pack: answer.pack, paragraphs: answer.paragraphs, candidates: answer.candidates, savedAt: Date.now() };
    change(fresh);
    // Kept at once, not after a pause: an editor closed as soon as the draft shows keeps it too.
    void keepAuthorDraft(fresh).catch(() => {});
    setSelected(0);
    const nameCount = answer.pack.entities.length;
    setStatus({ kind: 'done', text: t('author.status.drafted', nameCount, [isolated(answer.pack.story.title), nameCount]) });
  };

  useEffect(() => {
    const refresh = () => void loadPacks().then(setInUse);
    refresh();
    const stop = watchInstalledPacks(refresh);
    void (async () => {
      const url = await tabUrl();
      const kept = await readAuthorDraft();
      if (kept && (tabId === null || isDraftOf(kept, url))) {
        restore(kept);
      } else if (kept) {
        setOther({ kept, url });
        setStatus(null);
      } else {
        await startFromPage(url);
      }
    })();
    // Keep what was typed last if the page closes before the pause.
    const flush = () => latest.current && void keepAuthorDraft(latest.current);
    addEventListener('pagehide', flush);
    return () => {
      stop();
      removeEventListener('pagehide', flush);
    };
  }, []);

  // The editor is ready once a story is on screen (tools/bench/draft.ts times it).
  const shown = draft !== null;
  useEffect(() => {
    if (shown) performance.mark('backstory:author-ready');
  }, [shown]);

  const restore = (kept: AuthorDraft) => {
    latest.current = kept;
    setDraft(kept);
    setOther(null);
    setStatus({ kind: 'done', text: t('author.status.restored', [isolated(kept.pack.story.title)]) });
  };

  /** The draft as it now stands, shown at once and kept after a pause in the typing. */
  const change = (next: AuthorDraft) => {
    latest.current = next;
    setDraft(next);
    if (keepTimer.current) clearTimeout(keepTimer.current);
    keepTimer.current = setTimeout(() => void keepAuthorDraft(next).catch(() => setStatus({ kind: 'error', text: t('author.status.notKept') })), KEEP_AFTER_MS);
  };
  const changePack = (pack: Pack) => draft && change({ ...draft, pack, savedAt: Date.now() });

  // Checked beside the packs in use, but not against an earlier revision of itself: saving raises
  // the revision. Checked once typing pauses: beside a large installed pack a check takes a
  // tenth of a second, too long for every key.
  const [problems, setProblems] = useState<readonly PackProblem[]>([]);
  useEffect(() => {
    if (!draft) return;
    const timer = setTimeout(() => {
      const result = validatePack(draft.pack, { installed: inUse.filter((p) => p.id !== draft.pack.id) });
      setProblems(result.ok ? [] : result.problems);
    }, CHECK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [draft?.pack, inUse]);
  // The problems at the fields the editors show them by.
  const atFields = useMemo(() => problems.map((p) => ({ ...p, path: fieldPathOf(p.path) })), [problems]);
  const article = useMemo(() => articleWords(draft?.paragraphs ?? []), [draft?.paragraphs]);
  const installedIds = useMemo(() => new Set(inUse.flatMap((p) => p.entities.map((e) => e.id))), [inUse]);

  const save = async () => {
    if (!draft || saving) return;
    const installed = newestOf(inUse).find((p) => p.id === draft.pack.id);
    const revision = installed ? Math.max(revisionOf(installed) + 1, revisionOf(draft.pack)) : revisionOf(draft.pack);
    const pack: Pack = { ...draft.pack, revision, updated: today() };
    setSaving(true);
    setStatus({ kind: 'busy', text: t('author.status.saving') });
    const message: ToBackground = { type: 'backstory:install-pack', pack };
    const answer = (await browser.runtime.sendMessage(message).catch(() => null)) as InstallAnswer | null;
    setSaving(false);
    if (!answer?.ok) {
      const count = answer?.problems.length ?? 0;
      setStatus({ kind: 'error', text: count > 0 ? t('author.status.notSaved', count) : t('author.status.noAnswer') });
      return;
    }
    // What was typed while saving stays: only the revision saved is written into the draft.
    const now = latest.current ?? draft;
    change({ ...now, pack: { ...now.pack, revision, updated: pack.updated } });
    const title = isolated(pack.story.title);
    setStatus({ kind: 'done', text: installed ? t('author.status.savedRevision', [title, revision]) : t('author.status.saved', [title]) });
  };

  const exportPack = (pack: Pack, unfixed: number) => {
    const filename = `${pack.id}.json`;
    saveTextFile(JSON.stringify(pack, null, 2), filename);
    const file = isolated(filename);
    setStatus({ kind: 'done', text: unfixed > 0 ? t('author.status.exportedUnfixed', unfixed, [file, unfixed]) : t('author.status.exported', [file]) });
  };
  const exportFile = () => draft && exportPack(draft.pack, problems.length);

  const startAgain = async () => {
    await dropAuthorDraft().catch(() => {});
    const url = await tabUrl();
    await startFromPage(url);
  };

  /** Takes the author to the field of a problem, opening its entity first. */
  const goTo = (problemPath: string) => {
    const path = fieldPathOf(problemPath);
    const entity = /^entities\[(\d+)\]/.exec(path);
    if (entity) setSelected(Number(entity[1]));
    requestAnimationFrame(() => {
      for (let p = path; p; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
        const field = document.getElementById(fieldId(p));
        if (field) return field.focus();
        if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
      }
    });
  };

  /**
   * A removed or merged item takes its button with it, and the focus would fall to the page's
   * top: it goes to the list's Add button instead, or to the chosen name. Such buttons carry
   * `data-removes`, as their words differ from one language to another.
   */
  const keepFocus = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest('button');
    if (!button?.hasAttribute('data-removes')) return;
    const group = button.closest('fieldset');
    requestAnimationFrame(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      const add = group?.isConnected ? group.querySelector<HTMLElement>(':scope > button[data-add]') : null;
      (add ?? document.querySelector<HTMLElement>('.bs-entity-button[aria-current="true"]'))?.focus();
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 's') {
      event.preventDefault();
      void save();
    }
  };

  const pack = draft?.pack;
  const index = pack ? Math.min(selected, pack.entities.length - 1) : 0;
  const problemCount = (i: number) => problems.filter((p) => p.path.startsWith(`entities[${i}]`)).length;
  const names = new Set(pack?.entities.map((e) => e.name.toLowerCase()));
  const leftOut = draft?.candidates.filter((c) => !c.entityId && !names.has(c.text.toLowerCase())).slice(0, 30) ?? [];

  return (
    <main class="bs-root bs-author" onKeyDown={onKeyDown} onClick={keepFocus}>
      <header class="bs-author-header">
        <h1>{t('author.title')}</h1>
        {draft && <p class="bs-muted">{t('author.from', [isolated(draft.url)])}</p>}
        <div class="bs-row">
          <button type="button" class="bs-primary" disabled={!pack || saving} onClick={() => void save()} title={t('author.saveKey')}>
            {t('author.save')}
          </button>
          <button type="button" disabled={!pack} onClick={exportFile}>
            {t('author.export')}
          </button>
          {tabId !== null && (
            <button type="button" class="bs-link" onClick={() => void startAgain()}>
              {t('author.startAgain')}
            </button>
          )}
        </div>
      </header>
      {status && (
        <p
          key={status.kind === 'error' ? 'alert' : 'status'}
          class={`bs-status bs-status-${status.kind}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
      {other && (
        <section class="bs-status" aria-labelledby="other-draft">
          <p id="other-draft">
            {t('author.other.writing', [isolated(other.kept.pack.story.title), other.kept.url ? isolated(other.kept.url) : t('author.other.anotherPage')])}
          </p>
          <div class="bs-row">
            <button type="button" class="bs-primary" onClick={() => restore(other.kept)}>
              {t('author.other.goOn')}
            </button>
            <button type="button" onClick={() => exportPack(other.kept.pack, 0)}>
              {t('author.other.export')}
            </button>
            <button
              type="button"
              onClick={() => {
                setOther(null);
                void startFromPage(other.url);
              }}
            >
              {t('author.other.start')}
            </button>
          </div>
        </section>
      )}
      {problems.length > 0 && (
        <section class="bs-author-problems" aria-labelledby="problems-heading">
          <h2 id="problems-heading" class="bs-section">
            {t('author.problems', problems.length)}
          </h2>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <button type="button" class="bs-link" onClick={() => goTo(p.path)}>
                  <code dir="ltr">{p.path}</code> <InEnglish text={p.message} />
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {pack && (
        <>
          <div class="bs-author-columns">
            <nav class="bs-entity-list" aria-label={t('author.names.label')}>
              <h2 class="bs-section">{t('author.names.heading', [pack.entities.length])}</h2>
              <ul>
                {pack.entities.map((e, i) => (
                  <li key={e.id}>
                    <button type="button" class="bs-entity-button" aria-current={i === index ? 'true' : undefined} onClick={() => setSelected(i)}>
                      {e.name ? <bdi>{e.name}</bdi> : t('author.names.noName')} <span class="bs-muted">{t(`types.${e.type}`)}</span>
                      {problemCount(i) > 0 && <span class="bs-badge">{t('author.names.toFix', [problemCount(i)])}</span>}
                    </button>
                  </li>
                ))}
              </ul>
              <form
                class="bs-row"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (!newName.trim()) return;
                  changePack(addEntity(pack, newName.trim(), 'person', installedIds));
                  setSelected(pack.entities.length);
                  setNewName('');
                }}
              >
                <label for="new-name">{t('author.names.newName')}</label>
                <input id="new-name" dir="auto" value={newName} onInput={(event) => setNewName((event.currentTarget as HTMLInputElement).value)} />
                <button type="submit">{t('author.names.add')}</button>
              </form>
              {leftOut.length > 0 && (
                <details>
                  <summary>{t('author.names.others', [leftOut.length])}</summary>
                  <ul>
                    {leftOut.map((c) => (
                      <li key={c.text}>
                        <button
                          type="button"
                          class="bs-link"
                          onClick={() => {
                            changePack(addEntity(pack, c.text, typeOfName(c.type), installedIds));
                            setSelected(pack.entities.length);
                          }}
                        >
                          {t('author.names.addOther', [isolated(c.text)])}
                        </button>{' '}
                        <span class="bs-muted">{t('author.names.seen', [c.count])}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </nav>
            {pack.entities.length > 0 && (
              <EntityEditor
                key={pack.entities[index]!.id}
                pack={pack}
                index={index}
                problems={atFields}
                article={article}
                sharedWith={inUse.find((p) => p.id !== pack.id && p.entities.some((e) => e.id === pack.entities[index]!.id))?.story.title ?? null}
                onChange={(entity) => changePack(replaceEntity(pack, index, entity))}
                onRemove={pack.entities.length > 1 ? () => changePack(removeEntity(pack, pack.entities[index]!.id)) : null}
                onAnchor={(on) => changePack(setAnchor(pack, pack.entities[index]!.id, on))}
                onMerge={(into) => {
                  const merged = mergeEntities(pack, pack.entities[index]!.id, into);
                  changePack(merged);
                  setSelected(merged.entities.findIndex((e) => e.id === into));
                }}
              />
            )}
          </div>
          <StoryEditor pack={pack} problems={atFields} onChange={changePack} />
        </>
      )}
    </main>
  );
}

function replaceEntity(pack: Pack, index: number, entity: Entity): Pack {
  const before = pack.entities[index]!;
  // A renamed entity keeps its id: references stay, and an installed story's id stays shared.
  return { ...pack, entities: pack.entities.map((e, i) => (i === index ? { ...entity, id: before.id } : e)) };
}

function typeOfName(type: string): Entity['type'] {
  return (ENTITY_TYPES as readonly string[]).includes(type) ? (type as Entity['type']) : 'concept';
}
