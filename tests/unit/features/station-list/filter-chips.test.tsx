import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ConditionKey } from '../../../../src/domain/conditions';
import { countByCondition } from '../../../../src/domain/filter-stations';
import { FilterChips } from '../../../../src/features/station-list/filter-chips';
import { observationsInFeedOrder } from '../../support/observations';
import { loadSampleFeed } from '../../support/sample-feed';
import { renderInLanguage } from '../../support/render';

const counts = countByCondition(
  observationsInFeedOrder([
    { condition: '맑음' },
    { condition: '맑음' },
    { condition: '맑음' },
    { condition: '구름조금' },
    { condition: '흐림' },
    { condition: '햇무리' },
  ]),
);

/** The chips as the dashboard uses them: the selection lives with the caller. */
function ChipsWithState({ initial = [] }: { initial?: ConditionKey[] }) {
  const [selected, setSelected] = useState<ConditionKey[]>(initial);
  return <FilterChips counts={counts} selected={selected} onChange={setSelected} />;
}

const chip = (name: RegExp | string) => screen.getByRole('button', { name });
const conditionChips = () =>
  within(screen.getByRole('group'))
    .getAllByRole('button')
    .filter((b) => b.dataset.condition);

describe('FilterChips', () => {
  it('shows one chip per condition present in the data, in table order', () => {
    renderInLanguage(<FilterChips counts={counts} selected={[]} onChange={() => {}} />);
    expect(conditionChips().map((b) => b.dataset.condition)).toEqual([
      'clear',
      'partly-cloudy',
      'overcast',
      'other',
    ]);
    expect(screen.queryByRole('button', { name: /비/ })).not.toBeInTheDocument();
  });

  it('names each chip with its Korean word and count', () => {
    renderInLanguage(<FilterChips counts={counts} selected={[]} onChange={() => {}} />);
    expect(chip('맑음 3개 관측소')).toBeInTheDocument();
    expect(chip('구름조금 1개 관측소')).toBeInTheDocument();
    expect(chip('기타 1개 관측소')).toBeInTheDocument();
  });

  it('names the chips in English for English readers', () => {
    renderInLanguage(<FilterChips counts={counts} selected={[]} onChange={() => {}} />, 'en');
    expect(chip('Clear 3 stations')).toBeInTheDocument();
    expect(chip('All')).toBeInTheDocument();
  });

  it('shows the seed counts: 맑음 45, 구름조금 38', () => {
    const sample = countByCondition(loadSampleFeed().observations);
    renderInLanguage(<FilterChips counts={sample} selected={[]} onChange={() => {}} />);
    expect(chip(/^맑음 45/)).toBeInTheDocument();
    expect(chip(/^구름조금 38/)).toBeInTheDocument();
    expect(conditionChips()).toHaveLength(7);
  });

  it('adds a condition to the selection and removes it again', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = renderInLanguage(
      <FilterChips counts={counts} selected={['clear']} onChange={onChange} />,
    );

    await user.click(chip(/^흐림/));
    expect(onChange).toHaveBeenLastCalledWith(['clear', 'overcast']);

    rerender(<FilterChips counts={counts} selected={['clear', 'overcast']} onChange={onChange} />);
    await user.click(chip(/^맑음/));
    expect(onChange).toHaveBeenLastCalledWith(['overcast']);
  });

  it('marks chosen chips as pressed, multi-select, and 전체 resets in one click', async () => {
    const user = userEvent.setup();
    renderInLanguage(<ChipsWithState />);
    const all = chip('전체');
    expect(all).toHaveAttribute('aria-pressed', 'true');

    await user.click(chip(/^맑음/));
    await user.click(chip(/^구름조금/));
    expect(chip(/^맑음/)).toHaveAttribute('aria-pressed', 'true');
    expect(chip(/^구름조금/)).toHaveAttribute('aria-pressed', 'true');
    expect(chip(/^흐림/)).toHaveAttribute('aria-pressed', 'false');
    expect(all).toHaveAttribute('aria-pressed', 'false');

    await user.click(all);
    for (const button of conditionChips()) expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(all).toHaveAttribute('aria-pressed', 'true');
  });

  it('keeps a chosen chip with no stations left, so it can be switched off', () => {
    renderInLanguage(<FilterChips counts={counts} selected={['rain']} onChange={() => {}} />);
    expect(chip('비 0개 관측소')).toHaveAttribute('aria-pressed', 'true');
  });
});
