import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EntityCard } from '../../components/EntityCard';
import { Legend } from '../../components/Legend';
import { EntitySearch } from '../../components/EntitySearch';
import { SinceThisPage } from '../../components/SinceThisPage';
import { StoryChanges } from '../../components/StoryChanges';
import { FoundList, type FoundEntity } from '../../components/FoundList';
import { StoryPicker } from '../../components/StoryPicker';
import { StoryView } from '../../components/StoryView';
import { Timeline } from '../../components/Timeline';
import { Toggle } from '../../components/Toggle';
import { isolated, useWords, type Words } from '../../components/words';
import { bundledPacks } from '../../data';
import type { Entity, Pack } from '../../data/schema';
import { partsOf } from '../../lib/knowledge/lookup';
import { rankStories } from '../../lib/knowledge/stories';
import type { Report } from '../../protocol/reports';
import type { RevealMention, ToPage } from '../../protocol/to-page';
import type { Settings } from '../../lib/settings';
import { saveSettings } from '../../storage/settings';
import { dismissStoryChanges, readStoryChanges } from '../../storage/story-changes';
import type { StoryChanges as Changes } from '../../lib/knowledge/changes';
import { revisionOf } from '../../lib/knowledge/revisions';
import type { Latest, Load } from './opening';

interface PopupProps {
  tab: Promise<number | null>;
  load: Latest<Load>;
  settings: Latest<Settings>;
  /** The bundled packs and the installed ones; the bundled ones alone are shown until it answers. */
  everyPack: Promise<readonly Pack[]>;
}

export function Popup({ tab, load: loadSource, settings: settingsSource, everyPack }: PopupProps) {
  const { t } = useWords();
  const [tabId, setTabId] = useState<number | null>(null);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [selected, setSelected] = useState<Entity | null>(null);
  const [timelineOpen, setTimelineOpen] = useState(false);
  const [packs, setPacks] = useState<readonly Pack[]>(bundledPacks());
  /** The story the reader picked; until then, the one the page is most about. */
  const [picked, setPicked] = useState<string | null>(null);
  const revealCount = useRef(new Map<string, number>());

  // A layout effect runs right after the first render, not a frame later as an effect does:
  // what storage has answered by then is drawn in the next frame.
  useLayoutEffect(() => {
    let closed = false;
    void tab.then((id) => !closed && setTabId(id));
    void everyPack.then((value) => !closed && setPacks(value));
    const unfollowTab = loadSource.follow(setLoad);
    const unfollowSettings = settingsSource.follow(setSettings);
    return () => {
      closed = true;
      unfollowTab();
      unfollowSettings();
    };
  }, [tab, loadSource, settingsSource, everyPack]);

  const reply = load.state === 'ready' ? load.reply : null;
  const stories = useMemo(() => rankStories(packs, reply?.counts ?? {}), [packs, reply]);
  const pack = stories.find((s) => s.pack.id === picked)?.pack ?? stories[0]?.pack ?? null;
  const found = useMemo(() => foundEntities(pack, reply), [pack, reply]);
  const [changes, setChanges] = useState<Changes | null>(null);
  const packId = pack?.id ?? null;
  const revision = pack ? revisionOf(pack) : 0;
  useEffect(() => {
    let current = true;
    setChanges(null);
    // Told only of the revision in use: a restore or a newer built-in story makes the record stale.
    if (packId !== null) void readStoryChanges(packId).then((read) => current && setChanges(read?.to === revision ? read : null), () => {});
    return () => {
      current = false;
    };
  }, [packId, revision]);

  useEffect(() => {
    // Ready: what a person sees first is on screen. Measured by the end-to-end tests.
    if (load.state !== 'loading') performance.mark('backstory:popup-ready');
  }, [load.state]);

  if (!pack) return <main class="bs-root bs-popup">{t('popup.noStory')}</main>;

  const site = reply?.site ?? null;
  const siteOn = settings !== null && site !== null && !settings.disabledSites.includes(site);
  const toggleSite = (on: boolean) => {
    if (!settings || site === null) return;
    const others = settings.disabledSites.filter((s) => s !== site);
    void saveSettings({ disabledSites: on ? others : [...others, site] });
  };

  const reveal = (entity: Entity) => {
    setSelected(entity);
    if (tabId === null) return;
    const index = revealCount.current.get(entity.id) ?? 0;
    revealCount.current.set(entity.id, index + 1);
    const message: RevealMention = { type: 'backstory:reveal-mention', entityId: entity.id, index };
    void browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => {});
  };

  const pick = (id: string) => {
    setPicked(id);
    setSelected(null);
  };

  return (
    <main class="bs-root bs-popup" data-ready={load.state !== 'loading' ? 'true' : undefined} data-story={pack.id}>
      <header class="bs-brand">
        <strong>Backstory</strong>
        <button type="button" class="bs-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.options')}
        </button>
      </header>
      <div class="bs-controls" role="group" aria-label={t('popup.controls')}>
        <Toggle
          label={site ? t('popup.onSite', [isolated(site)]) : t('popup.onThisSite')}
          checked={siteOn}
          disabled={!settings || site === null || !settings.enabled}
          hint={site === null ? t('popup.noSite') : undefined}
          onChange={toggleSite}
        />
        <Toggle
          label={t('popup.everywhere')}
          checked={settings?.enabled ?? true}
          disabled={!settings}
          onChange={(on) => void saveSettings({ enabled: on })}
        />
      </div>
      {stories.length > 1 && <StoryPicker stories={stories} current={pack.id} onPick={pick} />}
      <section class="bs-on-page" aria-labelledby="bs-on-page-title">
        <h2 id="bs-on-page-title" class="bs-section">
          {t('popup.onPage')}
        </h2>
        {load.state === 'loading' && <p class="bs-empty">{t('popup.looking')}</p>}
        {load.state === 'error' && <p class="bs-error">{loadProblem(load, t)}</p>}
        {reply && !reply.active && reply.site !== null && (
          <p class="bs-empty">{t('popup.offHere')}</p>
        )}
        {reply && (reply.active || reply.site === null) && <FoundList found={found} language={pack.language} onSelect={reveal} />}
        {tabId !== null && found.length > 0 && (
          <div class="bs-step" role="group" aria-label={t('popup.steps')}>
            <button type="button" class="bs-link" onClick={() => step(tabId, 'previous')}>
              {t('popup.previous')}
            </button>
            <button type="button" class="bs-link" onClick={() => step(tabId, 'next')}>
              {t('popup.next')}
            </button>
          </div>
        )}
        {tabId !== null && site !== null && (
          <button type="button" class="bs-link bs-start-story" onClick={() => void startStory(tabId)}>
            {t('popup.startStory')}
          </button>
        )}
      </section>
      {changes && (
        <StoryChanges
          changes={changes}
          language={pack.language}
          onDismiss={() => {
            setChanges(null);
            void dismissStoryChanges(changes.packId);
          }}
        />
      )}
      {found.length > 0 && <SinceThisPage pack={pack} pageDate={reply?.published ?? null} />}
      <EntitySearch entities={pack.entities} language={pack.language} onSelect={setSelected} />
      {selected && (
        <section class="bs-selected" aria-label={t('popup.about', [isolated(selected.name)])}>
          <EntityCard
            entity={selected}
            pack={pack}
            parts={partsOf(packs, selected.id, pack)}
            maxFacts={10}
            headingLevel={3}
            pageDate={reply?.published ?? null}
          />
        </section>
      )}
      <StoryView pack={pack} />
      <details class="bs-timeline-box" onToggle={(e) => setTimelineOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary class="bs-section">{t('popup.timeline')}</summary>
        {/* Drawn when first opened: the popup's first paint should not wait for a list it hides. */}
        {timelineOpen && <Timeline pack={pack} />}
      </details>
      <Legend style={settings?.highlightStyle} compact />
      <p class="bs-asof">{t('popup.nothingSent')}</p>
    </main>
  );
}

/** What went wrong reading the tab, in the interface's words; the error's own text is the browser's. */
function loadProblem(load: Load & { state: 'error' }, t: Words['t']): string {
  return load.problem === 'no-tab' ? t('popup.noTab') : t('popup.unreadable', [isolated(load.detail)]);
}

/**
 * Moves to the next or previous mark on the page and opens its card, as the shortcuts do: on a
 * phone there are no shortcuts.
 */
function step(tabId: number, direction: 'next' | 'previous'): void {
  const message: ToPage = { type: 'backstory:step-mention', direction };
  void browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => {});
}

/** Opens the story editor on a draft of the tab's article (entrypoints/author). */
function startStory(tabId: number): Promise<unknown> {
  return browser.tabs.create({ url: `${browser.runtime.getURL('/author.html')}?tabId=${tabId}` });
}

function foundEntities(pack: Pack | null, reply: Report | null): FoundEntity[] {
  if (!pack || !reply) return [];
  const counts = new Map(Object.entries(reply.counts));
  return pack.entities
    .filter((e) => counts.has(e.id))
    .map((entity) => ({ entity, count: counts.get(entity.id)! }))
    .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name));
}
