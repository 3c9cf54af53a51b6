/**
 * Time and the rest of the weather (issue 13), on made-up feeds
 * (tests/e2e/fixtures/time): late stations with their age, the time control
 * by keyboard and pointer with `at=` in the address and back/forward, the
 * station's trend and its words, and the wind view. The default sample has
 * none of this and shows none of it.
 */
import { readFileSync } from 'node:fs';
import { describeViolations, seriousViolations } from './support/axe';
import { expect, test, TIME_FIXTURES, TimeAndWeather, type Dashboard } from './support/dashboard';
import { overlappingPanels, sidewaysScroll } from './support/panels';

async function settle(dashboard: Dashboard): Promise<void> {
  await dashboard.page.waitForFunction(
    () => performance.getEntriesByName('nalssi:stations-rendered', 'mark').length > 0,
  );
}

async function openExample(dashboard: Dashboard, query = ''): Promise<TimeAndWeather> {
  const time = new TimeAndWeather(dashboard.page);
  await time.serveExample();
  await dashboard.open(query);
  await expect(dashboard.rows.first()).toBeVisible();
  return time;
}

test('the default sample has no time control and no wind view', async ({ dashboard, page }) => {
  const time = new TimeAndWeather(page);
  await dashboard.open();
  await dashboard.expectStationsDrawn(97);
  await expect(time.control).toHaveCount(0);
  await expect(page.getByRole('button', { name: '바람' })).toHaveCount(0);
  await expect(time.exampleBanner).toHaveCount(0);
  await expect(time.lateSummary).toHaveCount(0);
});

test('the example says so, and a late station is muted with its age everywhere', async ({
  dashboard,
}) => {
  // A set view, so the test can tell where 강릉 is drawn.
  const time = await openExample(dashboard, '?map=36.5,128,7');
  await expect(time.exampleBanner).toHaveText('예시 자료 — 실제 관측 아님');
  await expect(time.lateSummary).toContainText('1곳 늦은 관측');
  const late = dashboard.row('강릉');
  await expect(late).toHaveClass(/station-late/);
  await expect(late).toContainText('3시간 전 관측');
  await expect(dashboard.row('서울')).not.toHaveClass(/station-late/);
  await expect(dashboard.page.locator('.late-in-counts')).toHaveText('개수에 늦은 관측 1곳 포함');
  // The map's tooltip says the age too (강릉, 105, at the catalog's position).
  await dashboard.expectStationsDrawn(8);
  await dashboard.hoverMapAt(37.7515, 128.891);
  await expect(dashboard.tooltip).toContainText('3시간 전 관측');
  await late.click();
  await expect(dashboard.details).toContainText('3시간 전 관측');
  await expect(dashboard.details).toContainText('2024년 5월 21일 12:00');
});

test('the time control by keyboard: arrows step an hour, Home and End, back and forward', async ({
  dashboard,
  page,
}) => {
  const time = await openExample(dashboard);
  await expect(time.shownTime).toHaveText('지금 · 5월 21일 15:00');
  await expect(time.button('한 시간 뒤')).toBeDisabled();

  await time.slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => time.at()).toBe('2024052114');
  await expect(time.shownTime).toHaveText('5월 21일 14:00');
  await expect(time.pastHourNotice).toContainText('5월 21일 14:00 관측 자료');
  // The list follows the hour: 서울 was 21.8 ℃ at 14:00 (22.0 ℃ now).
  await expect(dashboard.row('서울')).toContainText('21.8℃');
  // A past hour is one hour for every station: nobody is late in it, and 강릉 had reported.
  await expect(time.lateSummary).toHaveCount(0);

  await page.keyboard.press('Home');
  await expect.poll(() => time.at()).toBe('2024052016');
  await expect(time.shownTime).toHaveText('5월 20일 16:00');

  await page.goBack();
  await expect.poll(() => time.at()).toBe('2024052114');
  await expect(time.slider).toHaveValue('22');
  await page.goForward();
  await expect.poll(() => time.at()).toBe('2024052016');

  await time.slider.focus();
  await page.keyboard.press('End');
  await expect.poll(() => time.at()).toBeNull();
  await expect(time.shownTime).toContainText('지금');
  await expect(dashboard.row('강릉')).toContainText('3시간 전 관측');
});

test('the time control by pointer: step buttons, the slider, now, and play/pause', async ({
  dashboard,
  page,
}) => {
  const time = await openExample(dashboard, '?at=2024052104');
  await expect(time.shownTime).toHaveText('5월 21일 04:00');
  // 광주 had rain at 04:00: its chip counts it, and a click filters to it.
  await expect(dashboard.chip('비')).toContainText('1');

  await time.button('한 시간 전').click();
  await expect.poll(() => time.at()).toBe('2024052103');

  const box = (await time.slider.boundingBox())!;
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
  await expect.poll(() => time.at()).toBe('2024052016');

  await time.button('시간 흐름 재생').click();
  await expect(time.button('재생 멈춤')).toBeVisible();
  await expect.poll(() => time.at(), { timeout: 10_000 }).toBe('2024052017');
  await time.button('재생 멈춤').click();
  await expect(time.button('시간 흐름 재생')).toBeVisible();

  await time.button('지금').click();
  await expect.poll(() => time.at()).toBeNull();
});

test('a history that cannot be read: the page says so, shows now, and a retry brings the hours', async ({
  dashboard,
  page,
}) => {
  const time = new TimeAndWeather(page);
  await time.serveExample();
  // Added last, so asked first: an HTML error page until the server is fixed.
  let broken = true;
  await page.route('**/data/history.json', (route) =>
    broken
      ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>점검 중</title>' })
      : route.fallback(),
  );
  await dashboard.open('?at=2024052104');
  const failed = page.locator('.history-failed');
  await expect(failed).toContainText(
    '지난 시각 관측 자료를 불러오지 못해 지금 관측을 보여 줍니다.',
  );
  await expect(failed).toContainText('JSON 대신 HTML 페이지가 왔습니다');
  // The address asked for 04:00, but without the history the page shows now, and says it.
  await expect(time.control).toHaveCount(0);
  await expect(time.pastHourNotice).toHaveCount(0);
  await expect(dashboard.row('서울')).toContainText('22.0℃');

  broken = false;
  await failed.getByRole('button', { name: '다시 시도' }).click();
  await expect(time.shownTime).toHaveText('5월 21일 04:00');
  await expect(time.pastHourNotice).toContainText('5월 21일 04:00 관측 자료');
  await expect(dashboard.row('서울')).toContainText('10.5℃');
  await expect(failed).toHaveCount(0);
});

test('stations and values the history had to leave out are listed, and the rest still plays', async ({
  dashboard,
  page,
}) => {
  const time = new TimeAndWeather(page);
  await time.serveExample();
  const history = JSON.parse(readFileSync(new URL('history.json', TIME_FIXTURES), 'utf8')) as {
    stations: Record<string, { temperature: (number | null)[] }>;
  };
  history.stations['108']!.temperature[22] = 99.5; // 14:00, out of range
  history.stations['105']!.temperature.pop(); // one hour short: 강릉 is left out
  await page.route('**/data/history.json', (route) => route.fulfill({ json: history }));
  await dashboard.open();
  const stations = page.locator('.history-rejected');
  const values = page.locator('.history-dropped-values');
  await expect(stations).toContainText(
    '지난 관측 자료에서 관측소 1곳이 형식 오류로 제외되었습니다.',
  );
  await expect(values).toContainText('지난 관측값 1개가 형식 또는 범위 오류로 제외되었습니다.');
  await stations.getByRole('button', { name: '자세히' }).click();
  await expect(stations.getByRole('listitem')).toHaveText(
    '관측소 105: temperature 목록의 길이가 시각 목록과 다름',
  );
  await values.getByRole('button', { name: '자세히' }).click();
  await expect(values.getByRole('listitem')).toHaveText(
    '관측소 108, 5월 21일 14:00: 기온이 숫자가 아니거나 -60~60℃ 범위를 벗어남',
  );

  // The value read as not observed: 서울 has no temperature at 14:00, the other hours stand.
  await time.slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(time.shownTime).toHaveText('5월 21일 14:00');
  await expect(dashboard.row('서울')).not.toContainText('℃');
  await page.keyboard.press('ArrowLeft');
  await expect(dashboard.row('서울')).toContainText('℃');
});

test('details show the trend, its high and low in words, wind, humidity and rain', async ({
  dashboard,
}) => {
  const time = await openExample(dashboard, '?station=156');
  await expect(time.trend).toContainText('지난 24시간 기온');
  await expect(time.trend).toContainText('최고 24.1℃ (16:00), 최저 12.0℃ (03:00)');
  await expect(time.trend.locator('svg.station-trend-line path')).toHaveAttribute('d', /^M0 /);
  await expect(time.trend.locator('.station-trend-sky li')).toHaveCount(24);
  await expect(time.trend.locator('.station-trend-sky li[aria-current="time"]')).toHaveCount(1);
  await expect(dashboard.details).toContainText('북북서풍 10.1 m/s');
  await expect(
    dashboard.details.getByRole('img', { name: '바람이 불어 가는 방향' }),
  ).toHaveAttribute('data-rotation', '160');
  await expect(dashboard.details).toContainText('습도');
  await expect(dashboard.details).toContainText('1시간 강수량');

  // One hour back, the details and the trend's hour mark follow.
  const markedBefore = await time.trend.locator('circle.station-trend-hour').getAttribute('cx');
  await time.button('한 시간 전').click();
  await expect.poll(() => time.at()).toBe('2024052114');
  await expect(dashboard.details.locator('.station-details-temp')).toHaveText('23.8℃');
  await expect(time.trend.locator('circle.station-trend-hour')).not.toHaveAttribute(
    'cx',
    markedBefore!,
  );
});

test('the wind view: arrows, its legend, and the URL keeps it', async ({ dashboard, page }) => {
  const time = await openExample(dashboard);
  await settle(dashboard);
  await page.getByRole('button', { name: '바람' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('color')).toBe('wind');
  await expect(page.locator('.station-map')).toHaveAttribute('data-coloring', 'wind');
  await expect(time.windLegend).toContainText('화살표: 바람이 불어 가는 쪽');
  await expect(time.windLegend).toContainText('14 이상 매우 강한 바람');
  await expect.poll(() => time.windDraws()).toBeGreaterThan(0);
  const before = await time.windDraws();
  await time.button('한 시간 전').click();
  await expect.poll(() => time.windDraws()).toBeGreaterThan(before);
  await page.goBack();
  await page.goBack();
  await expect(page.locator('.station-map')).toHaveAttribute('data-coloring', 'sky');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`new states, ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const lang of ['ko', 'en'] as const) {
      const suffix = lang === 'en' ? '&lang=en' : '';
      const STATES = [
        { name: 'time control at a past hour', query: `?at=2024052104${suffix}` },
        { name: 'details with trend and a late station', query: `?station=105${suffix}` },
        { name: 'wind view with details', query: `?color=wind&station=159${suffix}` },
      ];
      for (const state of STATES) {
        test(`axe: ${state.name} (${lang}, ${colorScheme}) has no serious or critical violations`, async ({
          dashboard,
          page,
        }) => {
          await openExample(dashboard, state.query);
          await settle(dashboard);
          const findings = await seriousViolations(page);
          const report = describeViolations(`${state.name} ${lang} ${colorScheme}`, findings);
          expect(findings, report).toEqual([]);
        });
      }
    }
  });
}

// With a history the hour control joins the map's foot: nothing there may hide another, and the
// page must not scroll sideways (at 768 px the control was 152 px wide and overflowed).
for (const [width, height, lang] of [
  [390, 844, 'ko'],
  [768, 1024, 'en'],
  [1366, 768, 'en'],
] as const) {
  test.describe(`the map's foot with the hour control at ${width} px (${lang})`, () => {
    test.use({ viewport: { width, height }, hasTouch: width < 1024 });

    test('the legend, the shading note, the control and the credits do not overlap', async ({
      dashboard,
      page,
    }) => {
      // Not openExample: a phone's list is in its closed sheet.
      const time = new TimeAndWeather(page);
      await time.serveExample();
      await dashboard.open(`?color=temperature&lang=${lang}`);
      await expect(time.control).toBeVisible();
      await expect(page.locator('.map-field-note')).toBeVisible();
      await settle(dashboard);
      const selectors = [
        '.map-legend',
        '.map-field-note',
        '.time-control',
        '.map-area > .map-attribution',
      ];
      const { shown, overlaps } = await overlappingPanels(page, selectors);
      expect(shown).toEqual(selectors);
      expect(overlaps).toEqual([]);
      expect(await sidewaysScroll(page)).toBe(0);
    });
  });
}
