import type { Highlight, HighlightSlot } from '@promata/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSuccess } from '../../components/form/form-alert';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSessionStore } from '../../features/auth/session-context';
import { CatalogueAlert } from '../../features/staff-catalogue/catalogue-alert';
import { isStaleError } from '../../features/staff-catalogue/catalogue-error';
import { HighlightCard, type HighlightAction } from '../../features/staff-catalogue/highlight-card';
import { HighlightDialog, type HighlightDialogMode } from '../../features/staff-catalogue/highlight-dialog';
import { slotStates, type SlotState } from '../../features/staff-catalogue/highlight-slots';
import {
  fetchStaffHighlights,
  orderHighlights,
  staffHighlightsQueryKey,
} from '../../features/staff-catalogue/highlights-api';
import { RemoveHighlightDialog } from '../../features/staff-catalogue/remove-highlight-dialog';
import { focusAfterRender, moveItem } from '../../features/staff-catalogue/reorder';
import { useExperienceOptions } from '../../features/staff-catalogue/use-experience-options';

/** `/staff/highlights`: the home page's carousel and category highlights, slot by slot. */
export function HighlightsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staffCatalogue.highlights.title'));
  const session = useSessionStore();
  const queryClient = useQueryClient();
  const highlights = useQuery({
    queryKey: staffHighlightsQueryKey,
    queryFn: ({ signal }) => fetchStaffHighlights(session, { signal }),
  });
  const experiences = useExperienceOptions();
  const [dialog, setDialog] = useState<HighlightDialogMode>();
  const [removing, setRemoving] = useState<Highlight>();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: staffHighlightsQueryKey });

  const done = async (text: string, focusId?: string) => {
    setError(undefined);
    setMessage(text);
    await refresh();
    if (focusId) focusAfterRender(focusId);
  };

  const reorder = async (state: SlotState, index: number, to: number, focusId: string) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setMessage(undefined);
    try {
      const ids = moveItem(state.items, index, to).map((item) => item.id);
      await orderHighlights(session, { slot: state.slot, ids });
      await done(t('staffCatalogue.highlights.moved'), focusId);
    } catch (caught) {
      setError(caught);
      if (isStaleError(caught)) await refresh();
    } finally {
      setBusy(false);
    }
  };

  const act = (state: SlotState, highlight: Highlight, index: number, action: HighlightAction) => {
    setMessage(undefined);
    if (action === 'edit') setDialog({ kind: 'edit', highlight });
    else if (action === 'remove') setRemoving(highlight);
    else void reorder(state, index, index + (action === 'up' ? -1 : 1), `highlight-${highlight.id}-${action}`);
  };

  const open = (slot: HighlightSlot) => {
    setMessage(undefined);
    setError(undefined);
    setDialog({ kind: 'create', slot });
  };

  const inactive = new Set((experiences.data ?? []).filter((item) => !item.active).map((item) => item.id));

  return (
    <>
      <h1>{t('staffCatalogue.highlights.heading')}</h1>
      <p>{t('staffCatalogue.highlights.intro')}</p>
      <CatalogueAlert error={error} testId="highlights-error" />
      <FormSuccess message={message} testId="highlights-result" />
      <QueryState query={highlights} errorText={t('staffCatalogue.highlights.loadError')}>
        {(items) => {
          const slots = slotStates(items);
          return (
            <>
              {slots.map((state) => (
                <section
                  key={state.slot}
                  className="account-section highlight-slot"
                  aria-labelledby={`slot-${state.slot}`}
                  data-testid={`slot-${state.slot}`}
                >
                  <h2 id={`slot-${state.slot}`} tabIndex={-1} className="focus-target">
                    {t(`staffCatalogue.highlights.slots.${state.slot}`)}{' '}
                    <span className="cell-note">
                      {t('staffCatalogue.highlights.slotCount', { count: state.items.length, max: state.max })}
                    </span>
                  </h2>
                  {state.items.length === 0 ? (
                    <p>{t('staffCatalogue.highlights.empty')}</p>
                  ) : (
                    <ol className="highlight-list" aria-busy={busy}>
                      {state.items.map((highlight, index) => (
                        <HighlightCard
                          key={highlight.id}
                          highlight={highlight}
                          index={index}
                          count={state.items.length}
                          linkInactive={highlight.experience !== null && inactive.has(highlight.experience.id)}
                          onAction={(action) => act(state, highlight, index, action)}
                        />
                      ))}
                    </ol>
                  )}
                  {/* No way to add past the cap: the API would refuse it (SLOT_FULL). */}
                  {state.full ? (
                    <p className="cell-note" data-testid="slot-full">
                      {t('staffCatalogue.highlights.full')}
                    </p>
                  ) : (
                    <button
                      type="button"
                      className="button"
                      onClick={() => open(state.slot)}
                      data-testid={`add-highlight-${state.slot}`}
                    >
                      {t('staffCatalogue.highlights.add', {
                        slot: t(`staffCatalogue.highlights.slots.${state.slot}`),
                      })}
                    </button>
                  )}
                </section>
              ))}
              {dialog && (
                <HighlightDialog
                  mode={dialog}
                  slots={slots}
                  experiences={experiences.data ?? []}
                  onClose={() => setDialog(undefined)}
                  onStale={() => void refresh()}
                  onDone={(text) => done(text)}
                />
              )}
            </>
          );
        }}
      </QueryState>
      {removing && (
        <RemoveHighlightDialog
          highlight={removing}
          onClose={() => setRemoving(undefined)}
          onStale={() => void refresh()}
          onRemoved={() => done(t('staffCatalogue.highlights.removed'), `slot-${removing.slot}`)}
        />
      )}
    </>
  );
}
