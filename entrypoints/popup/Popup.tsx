import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EntityCard } from '../../components/EntityCard';
import { FoundList, type FoundEntity } from '../../components/FoundList';
import { StoryView } from '../../components/StoryView';
import { bundledPacks } from '../../data';
import type { Entity, Pack } from '../../data/schema';
import { parseMentionsReply, type GetTabMentions, type MentionsReply } from '../../lib/messages';

type Load = { state: 'loading' } | { state: 'ready'; reply: MentionsReply } | { state: 'error'; message: string };

export function Popup({ tabId }: { tabId: number | null }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [selected, setSelected] = useState<Entity | null>(null);

  useEffect(() => {
    if (tabId === null) {
      setLoad({ state: 'error', message: 'There is no tab to look at.' });
      return;
    }
    const request: GetTabMentions = { type: 'backstory:get-tab-mentions', tabId };
    browser.runtime
      .sendMessage(request)
      .then((raw) => {
        const reply = parseMentionsReply(raw);
        setLoad(reply ? { state: 'ready', reply } : { state: 'error', message: 'The background gave no answer.' });
      })
      .catch((error: unknown) => setLoad({ state: 'error', message: String(error) }));
  }, [tabId]);

  const reply = load.state === 'ready' ? load.reply : null;
  const pack = useMemo(() => mainPack(bundledPacks, reply), [reply]);
  const found = useMemo(() => foundEntities(pack, reply), [pack, reply]);

  if (!pack) return <main class="bs-root bs-popup">No story is installed.</main>;
  return (
    <main class="bs-root bs-popup">
      <div class="bs-brand">
        <strong>Backstory</strong>
        <span>Everything here ships inside the extension; nothing is sent anywhere.</span>
      </div>
      <section class="bs-on-page" aria-labelledby="bs-on-page-title">
        <h2 id="bs-on-page-title" class="bs-section">
          On this page
        </h2>
        {load.state === 'loading' && <p class="bs-empty">Looking…</p>}
        {load.state === 'error' && <p class="bs-error">{load.message}</p>}
        {reply && <FoundList found={found} onSelect={setSelected} />}
        {selected && (
          <div class="bs-selected">
            <EntityCard entity={selected} pack={pack} maxFacts={10} headingLevel={3} />
          </div>
        )}
      </section>
      <StoryView pack={pack} />
    </main>
  );
}

/** The story the page is most about, by mentions found; the first story when none is found. */
function mainPack(packs: readonly Pack[], reply: MentionsReply | null): Pack | null {
  let best: Pack | null = packs[0] ?? null;
  let bestCount = 0;
  for (const pack of packs) {
    const ids = new Set(pack.entities.map((e) => e.id));
    const count = reply?.mentions.filter((m) => ids.has(m.entityId)).length ?? 0;
    if (count > bestCount) {
      best = pack;
      bestCount = count;
    }
  }
  return best;
}

function foundEntities(pack: Pack | null, reply: MentionsReply | null): FoundEntity[] {
  if (!pack || !reply) return [];
  const counts = new Map<string, number>();
  for (const m of reply.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return pack.entities
    .filter((e) => counts.has(e.id))
    .map((entity) => ({ entity, count: counts.get(entity.id)! }))
    .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name));
}
