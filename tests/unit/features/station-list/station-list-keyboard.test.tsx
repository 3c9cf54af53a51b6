/**
 * The station list as one Tab stop: a listbox whose active option follows the
 * keys (aria-activedescendant), driven with real key events.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createFocusTargets,
  FocusTargetsContext,
  type FocusTargets,
} from '../../../../src/components/focus-targets';
import { StationList } from '../../../../src/features/station-list/station-list';
import { giveElementsASize } from '../../support/layout';
import { manyObservations, observationsInFeedOrder } from '../../support/observations';
import { renderInLanguage } from '../../support/render';

const stations = observationsInFeedOrder([
  { stationId: '90', nameKo: '속초', nameEn: 'Sokcho', condition: '맑음', temperature: 15 },
  { stationId: '100', nameKo: '대관령', nameEn: 'Daegwallyeong', condition: '맑음' },
  { stationId: '172', nameKo: '고창', nameEn: 'Gochang', condition: '구름조금', temperature: null },
  { stationId: '279', nameKo: '구미', nameEn: 'Gumi', condition: '구름조금', temperature: 19.2 },
  { stationId: '192', nameKo: '진주', nameEn: 'Jinju', condition: '흐림' },
]);

const listbox = () => screen.getByRole('listbox', { name: '관측소 목록' });
/** The option the listbox names as active. */
function activeOption(): HTMLElement {
  const id = listbox().getAttribute('aria-activedescendant');
  const option = id ? document.getElementById(id) : null;
  if (!option) throw new Error(`aria-activedescendant "${id}" names no element`);
  return option;
}
const activeName = () => activeOption().querySelector('.station-row-primary')?.textContent;

function renderList(props: { selectedId?: string | null; onSelect?: (id: string) => void } = {}) {
  const targets = createFocusTargets();
  renderInLanguage(
    <FocusTargetsContext value={targets}>
      <StationList
        stations={stations}
        selectedId={props.selectedId ?? null}
        onSelect={props.onSelect ?? (() => {})}
      />
    </FocusTargetsContext>,
  );
  return targets;
}

describe('StationList keyboard', () => {
  beforeEach(() => giveElementsASize({ height: 104 })); // two rows in view: a page is 2

  it('is one Tab stop: the listbox takes focus, its options never do', async () => {
    const user = userEvent.setup();
    renderList();
    await user.tab();
    expect(listbox()).toHaveFocus();
    expect(activeName()).toBe('속초');
    for (const option of screen.getAllByRole('option')) {
      expect(option).not.toHaveAttribute('tabindex');
      expect(option.querySelector('a, button, input, [tabindex]')).toBeNull();
    }
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('moves the active option with arrows, Home/End and PageUp/PageDown', async () => {
    const user = userEvent.setup();
    renderList();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(activeName()).toBe('대관령');
    await user.keyboard('{End}');
    expect(activeName()).toBe('진주');
    await user.keyboard('{ArrowDown}');
    expect(activeName()).toBe('진주');
    await user.keyboard('{PageUp}');
    expect(activeName()).toBe('고창');
    await user.keyboard('{Home}');
    expect(activeName()).toBe('속초');
    await user.keyboard('{PageDown}');
    expect(activeName()).toBe('고창');
    await user.keyboard('{ArrowUp}');
    expect(activeName()).toBe('대관령');
  });

  it('jumps to a name by typing its first syllable or its initials', async () => {
    const user = userEvent.setup();
    renderList();
    await user.tab();
    await user.keyboard('구');
    expect(activeName()).toBe('구미');
    await user.keyboard('{Home}');
    await user.keyboard('ㅈㅈ');
    expect(activeName()).toBe('진주');
  });

  it('starts a new search when typing pauses for more than half a second', async () => {
    // jsdom stamps events with Date.now(): move that clock on instead of waiting.
    const realNow = Date.now.bind(Date);
    let pause = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + pause);
    const user = userEvent.setup();
    renderList();
    await user.tab();
    await user.keyboard('고');
    expect(activeName()).toBe('고창');
    pause = 600;
    // Typed alone, 구 finds 구미; had it followed 고, "고구" would have matched nothing.
    await user.keyboard('구');
    expect(activeName()).toBe('구미');
  });

  it('selects the active option with Enter or Space, as a click does', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderList({ onSelect });
    await user.tab();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('100');
    await user.keyboard('{ArrowDown}[Space]');
    expect(onSelect).toHaveBeenLastCalledWith('172');
    expect(onSelect).toHaveBeenCalledTimes(2);
    // Right after type-ahead and Enter, Space still selects (Enter ended the typed text).
    await user.keyboard('구{Enter}[Space]');
    expect(onSelect).toHaveBeenLastCalledWith('279');
    expect(onSelect).toHaveBeenCalledTimes(4);
  });

  it('starts from the selected station, and follows a selection made elsewhere', async () => {
    const user = userEvent.setup();
    const targets = createFocusTargets();
    const ui = (selectedId: string) => (
      <FocusTargetsContext value={targets}>
        <StationList stations={stations} selectedId={selectedId} onSelect={() => {}} />
      </FocusTargetsContext>
    );
    const { rerender } = renderInLanguage(ui('279'));
    await user.tab();
    expect(activeName()).toBe('구미');
    expect(activeOption()).toHaveAttribute('aria-selected', 'true');
    rerender(ui('100'));
    expect(activeName()).toBe('대관령');
  });

  it('answers the focus registry: a station’s row becomes active and the listbox takes focus', () => {
    const targets: FocusTargets = renderList();
    let focused = false;
    act(() => void (focused = targets.focus('station-row', '192')));
    expect(focused).toBe(true);
    expect(listbox()).toHaveFocus();
    expect(activeName()).toBe('진주');
    expect(targets.focus('station-row', 'no-such-station')).toBe(false);
  });

  it('reaches the last of 10,000 stations with End, and renders it', async () => {
    const user = userEvent.setup();
    renderInLanguage(
      <StationList stations={manyObservations(10_000)} selectedId={null} onSelect={() => {}} />,
    );
    await user.tab();
    await user.keyboard('{End}');
    expect(activeOption()).toHaveAttribute('aria-posinset', '10000');
    expect(activeName()).toBe('관측소 9999');
    expect(screen.getAllByRole('option').length).toBeLessThanOrEqual(60);
  });
});
