import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DashboardView } from '../../../../src/features/embed/embed-choices';
import { EmbedDialog } from '../../../../src/features/embed/embed-dialog';
import type { Lang } from '../../../../src/i18n/lang';
import { renderInLanguage } from '../../support/render';
import { loadSampleFeed } from '../../support/sample-feed';

const { observations } = loadSampleFeed();
const PAGE = 'https://nalssi.example/index.html';

const unfiltered: DashboardView = {
  sky: [],
  region: null,
  search: '',
  station: null,
  shownIds: observations.map((station) => station.stationId),
  coloring: 'sky',
};

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods; the dialog only needs them to exist.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

function open(dashboard: DashboardView = unfiltered, lang: Lang = 'ko') {
  renderInLanguage(
    <EmbedDialog stations={observations} dashboard={dashboard} pageUrl={PAGE} onClose={() => {}} />,
    lang,
  );
  const snippet = () =>
    (
      screen.getByRole('textbox', {
        name: lang === 'ko' ? '붙여 넣을 코드' : 'Code to paste',
      }) as HTMLTextAreaElement
    ).value;
  const iframe = () =>
    (
      screen.getByRole('textbox', {
        name: lang === 'ko' ? '스크립트 없이 넣는 iframe' : 'Plain iframe (no script)',
      }) as HTMLTextAreaElement
    ).value;
  return { user: userEvent.setup(), snippet, iframe };
}

// A roomy timeout: the machine is shared, and the first render also loads the search code.
describe('the Embed dialog', { timeout: 20_000 }, () => {
  it('starts from the stations shown now, carrying the region and sky filter, titled for the region', () => {
    const gangwonClear = observations.filter(
      (station) => station.province === '강원특별자치도' && station.condition.key === 'clear',
    );
    const { snippet, iframe } = open({
      ...unfiltered,
      region: '강원특별자치도',
      sky: ['clear'],
      shownIds: gangwonClear.map((station) => station.stationId),
    });
    expect(
      screen.getByRole('radio', { name: `지금 보이는 관측소 (${gangwonClear.length}곳)` }),
    ).toBeChecked();
    expect(snippet()).toBe(
      '<div data-nalssi-widget data-view="ticker" data-sky="맑음" data-region="강원특별자치도" data-title="강원 날씨"></div>\n' +
        '<script async src="https://nalssi.example/embed.js"></script>',
    );
    expect(iframe()).toContain('title="강원 날씨"');
    expect(screen.getByText(/지역 강원, 하늘 맑음/)).toBeInTheDocument();
    expect(screen.getByTitle('미리 보기: 강원 날씨')).toHaveAttribute(
      'src',
      expect.stringContaining('embed.html?view=ticker&sky='),
    );
  });

  it('turns a search into a fixed list of what it shows, the selected station first, and says so', () => {
    const { snippet } = open({
      ...unfiltered,
      search: '구',
      station: '279',
      shownIds: ['90', '279', '152'],
    });
    expect(snippet()).toContain('data-stations="279,90,152"');
    expect(snippet()).toContain('data-title="구미 외 2곳 날씨"');
    expect(
      screen.getByText(/검색어 “구”는 위젯에 넣을 수 없어, 지금 보이는 3곳을 목록으로 고정합니다/),
    ).toBeInTheDocument();
  });

  it('refuses a search that shows nothing, with a message and nothing to copy', () => {
    const { snippet } = open({ ...unfiltered, search: 'zzz', shownIds: [] });
    expect(screen.getByRole('alert')).toHaveTextContent('검색어 “zzz”로 보이는 관측소가 없어');
    expect(snippet()).toBe('');
    expect(screen.getByRole('button', { name: '코드 복사' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'iframe 복사' })).toBeDisabled();
  });

  it('chooses stations from a search, in the order added, and removes them', async () => {
    const { user, snippet } = open();
    await user.click(screen.getByRole('radio', { name: '직접 고르기' }));
    expect(screen.getByRole('alert')).toHaveTextContent('관측소를 한 곳 이상 고르세요.');
    const search = screen.getByRole('searchbox', { name: '관측소 찾기' });
    await user.type(search, '구미');
    await user.click(screen.getByRole('button', { name: '구미 추가 279' }));
    await user.clear(search);
    await user.type(search, 'sokcho');
    await user.click(screen.getByRole('button', { name: '속초 추가 90' }));
    expect(snippet()).toContain('data-stations="279,90" data-title="구미 외 1곳 날씨"');
    const chosen = screen.getByRole('list', { name: /고른 관측소 2곳/ });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['구미×', '속초×']);
    await user.click(screen.getByRole('button', { name: '구미 빼기' }));
    expect(snippet()).toContain('data-stations="90" data-title="속초 날씨"');
  });

  it('starts with the selected station chosen when nothing is filtered', () => {
    const { snippet } = open({ ...unfiltered, station: '279' });
    expect(screen.getByRole('radio', { name: '직접 고르기' })).toBeChecked();
    expect(snippet()).toContain('data-stations="279" data-title="구미 날씨"');
  });

  it('narrows all stations by the chosen region and sky', async () => {
    const { user, snippet } = open();
    expect(screen.getByRole('radio', { name: '모든 관측소' })).toBeChecked();
    expect(snippet()).toContain('data-title="전국 날씨"');
    await user.selectOptions(screen.getByRole('combobox', { name: '지역 (시·도)' }), '경상북도');
    await user.click(screen.getByRole('checkbox', { name: '비' }));
    expect(snippet()).toContain('data-sky="비" data-region="경상북도" data-title="경북 날씨"');
  });

  it('writes the view, language, theme, interval and map colours that are chosen', async () => {
    const { user, snippet, iframe } = open();
    await user.selectOptions(screen.getByRole('combobox', { name: '넘김 간격' }), '8초');
    expect(snippet()).toContain('data-interval="8"');
    await user.click(screen.getByRole('radio', { name: '어둡게' }));
    expect(snippet()).toContain('data-theme="dark"');
    await user.click(screen.getByRole('radio', { name: '영어 (English)' }));
    expect(snippet()).toContain('data-lang="en" data-theme="dark"');
    expect(snippet()).toContain('data-title="Korea weather"');

    await user.click(screen.getByRole('radio', { name: '목록 카드' }));
    expect(snippet()).toMatch(/^<div data-nalssi-widget data-view="card"/);
    expect(snippet()).not.toContain('interval');
    expect(iframe()).toContain('width="300"');

    await user.click(screen.getByRole('radio', { name: '지도' }));
    await user.click(screen.getByRole('radio', { name: '기온' }));
    expect(snippet()).toContain('data-view="map"');
    expect(snippet()).toContain('data-color="temperature"');
    expect(iframe()).toContain('color=temperature');
  });

  it('speaks English', () => {
    const { snippet } = open({ ...unfiltered, region: '강원특별자치도', shownIds: ['90'] }, 'en');
    expect(screen.getByRole('dialog', { name: 'Embed a weather widget' })).toBeInTheDocument();
    expect(snippet()).toContain('data-lang="en" data-title="Gangwon weather"');
  });
});
