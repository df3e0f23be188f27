import { highlightSlotCapacity, highlightSlots, type Highlight, type HighlightSlot } from '@promata/contracts';

export type SlotState = { slot: HighlightSlot; items: Highlight[]; max: number; full: boolean };

/** Every slot (carousel first, then the categories), with its highlights in order and its cap. */
export function slotStates(highlights: readonly Highlight[]): SlotState[] {
  return highlightSlots.map((slot) => {
    const items = highlights.filter((highlight) => highlight.slot === slot).sort((a, b) => a.position - b.position);
    const max = highlightSlotCapacity[slot];
    return { slot, items, max, full: items.length >= max };
  });
}

/**
 * Whether a highlight may go to `slot`: a full slot takes no newcomer (the API would answer
 * SLOT_FULL), but a highlight already there may stay.
 */
export function canPlaceIn(states: readonly SlotState[], slot: HighlightSlot, current?: HighlightSlot): boolean {
  if (slot === current) return true;
  return !(states.find((state) => state.slot === slot)?.full ?? false);
}
