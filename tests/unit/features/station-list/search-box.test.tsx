import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SearchBox } from '../../../../src/features/station-list/search-box';
import { renderInLanguage } from '../../support/render';

function SearchWithState({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return <SearchBox value={value} onChange={setValue} />;
}

const input = () => screen.getByRole('searchbox', { name: '관측소 검색' });

describe('SearchBox', () => {
  it('shows what the reader types', async () => {
    const user = userEvent.setup();
    renderInLanguage(<SearchWithState />);
    await user.type(input(), 'ㄱㅁ');
    expect(input()).toHaveValue('ㄱㅁ');
  });

  it('reports each change to its owner', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderInLanguage(<SearchBox value="" onChange={onChange} />);
    await user.type(input(), '9');
    expect(onChange).toHaveBeenCalledWith('9');
  });

  it('clears the text on Escape', async () => {
    const user = userEvent.setup();
    renderInLanguage(<SearchWithState initial="구미" />);
    await user.click(input());
    await user.keyboard('{Escape}');
    expect(input()).toHaveValue('');
  });

  it('keeps Escape from reaching the page while it clears the search', async () => {
    const user = userEvent.setup();
    const onPageEscape = vi.fn();
    document.addEventListener('keydown', onPageEscape);
    try {
      renderInLanguage(<SearchWithState initial="구미" />);
      await user.click(input());
      await user.keyboard('{Escape}');
      expect(onPageEscape).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', onPageEscape);
    }
  });

  it('clears the text with the clear button, shown only when there is text', async () => {
    const user = userEvent.setup();
    renderInLanguage(<SearchWithState />);
    expect(screen.queryByRole('button', { name: '검색어 지우기' })).not.toBeInTheDocument();
    await user.type(input(), '서귀포');
    await user.click(screen.getByRole('button', { name: '검색어 지우기' }));
    expect(input()).toHaveValue('');
  });
});
