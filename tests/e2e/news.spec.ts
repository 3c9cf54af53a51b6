import { expect, IN_SIGHT, test } from './support/dashboard';

const TITLE = '구미시, 미주지역 경제사절단 파견';
const ARTICLE_ID = 'gumi-americas-delegation';
const GUMI = { lat: 36.1306, lon: 128.3206 };

test.describe('the linked regional news', () => {
  test('from the 구미 list row to its news and back to its weather', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open();
    await dashboard.searchBox.fill('구미');
    const row = dashboard.row('구미');
    await expect(dashboard.newsBadge(row)).toHaveAccessibleName('관련 뉴스 1건');
    await row.click();

    await expect(dashboard.relatedNews).toContainText('관련 뉴스');
    await dashboard.openRelatedNews(TITLE);
    await expect(dashboard.article.getByRole('heading', { level: 2 })).toHaveText(TITLE);
    expect(dashboard.url().searchParams.get('news')).toBe(ARTICLE_ID);
    await expect(dashboard.articleWeather).toHaveText('구미 · 구름조금 · 19.2℃');

    // Pan away, so that 지도에서 보기 has to move the map back.
    await dashboard.open(`?station=279&news=${ARTICLE_ID}&map=37.5000,127.0000,8`);
    await dashboard.showArticleStationOnMap();
    await expect(dashboard.article).toHaveCount(0);
    await expect(dashboard.details).toContainText('구미');
    expect(dashboard.url().searchParams.get('station')).toBe('279');
    await expect.poll(() => dashboard.selectionPlacement(GUMI.lat, GUMI.lon)).toEqual(IN_SIGHT);

    // Back returns to the article.
    await page.goBack();
    await expect(dashboard.article).toContainText(TITLE);
  });

  test('from the 구미 map marker to its news', async ({ dashboard }) => {
    await dashboard.open(`?map=${GUMI.lat},${GUMI.lon},10`);
    await dashboard.expectStationsDrawn(97);
    await dashboard.clickMapAt(GUMI.lat, GUMI.lon);
    await expect(dashboard.details).toContainText('구미');
    await dashboard.openRelatedNews(TITLE);
    await expect(dashboard.article).toContainText('미국 어바인, 새너제이, 레드먼드');
    await dashboard.showArticleStationOnMap();
    await expect(dashboard.details).toContainText('구미');
    expect(dashboard.url().searchParams.get('station')).toBe('279');
  });

  test('?news= opens the article directly; back and forward work', async ({ dashboard, page }) => {
    await dashboard.open();
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
    await dashboard.open(`?news=${ARTICLE_ID}`);
    const article = dashboard.article;
    await expect(article.getByRole('heading', { level: 2 })).toHaveText(TITLE);
    await expect(article.getByRole('heading', { level: 3 })).toHaveText([
      '지역기업을 위한 새로운 협력모델 발굴 추진',
      '구미시, 글로벌 밸류체인 구축을 위해 광폭 행보',
    ]);
    await expect(dashboard.articleWeather).toHaveText('구미 · 구름조금 · 19.2℃');
    // The seed gives no date and no source: none is shown.
    await expect(article.locator('time')).toHaveCount(0);
    await expect(article).not.toContainText('출처');
    await expect(article.getByRole('link')).toHaveCount(0);

    await article.getByRole('button', { name: '기사 닫기' }).click();
    await expect(article).toHaveCount(0);
    await page.goBack();
    await expect(article).toContainText(TITLE);
    await page.goBack();
    await expect(article).toHaveCount(0);
    await page.goForward();
    await expect(article).toContainText(TITLE);
  });

  test('?news= in English: the article comes in its page language, words and all', async ({
    dashboard,
  }) => {
    await dashboard.open(`?news=${ARTICLE_ID}&lang=en`);
    const article = dashboard.article;
    await expect(article.getByRole('heading', { level: 2 })).toHaveText(TITLE);
    await expect(article.getByRole('button', { name: 'Show on map' })).toBeVisible();
    await expect(article.getByRole('button', { name: 'Close article' })).toBeVisible();
    // A message key on screen means the English words were not there when it rendered.
    await expect(article).not.toContainText(/news\.[a-zA-Z]/);
  });

  test('?news= with a news feed that does not answer: the weather is not held back', async ({
    dashboard,
    page,
  }) => {
    // The entry waits briefly for a linked article's news before its first render; never longer.
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await page.route('**/data/news.json', async (route) => {
      await answered;
      await route.continue();
    });
    await dashboard.open(`?news=${ARTICLE_ID}`);
    await dashboard.expectStationsDrawn(97);
    await expect(dashboard.article).toContainText('뉴스를 불러오는 중');
    await expect(dashboard.article.getByRole('heading', { level: 2 })).toHaveCount(0);

    answer();
    await expect(dashboard.article.getByRole('heading', { level: 2 })).toHaveText(TITLE);
    await expect(dashboard.articleWeather).toHaveText('구미 · 구름조금 · 19.2℃');
  });

  test('a headline is a link to its article: its address opens it, a ctrl-click opens a new tab', async ({
    dashboard,
    page,
    context,
  }) => {
    await dashboard.open('?q=구미&station=279');
    const headline = dashboard.relatedHeadline(TITLE);
    await expect(headline).toBeVisible();
    const href = await headline.getAttribute('href');
    if (!href) throw new Error('the headline has no href');
    // The current view with the article open: the search and the station are kept.
    const target = new URL(href, page.url());
    expect(target.searchParams.get('news')).toBe(ARTICLE_ID);
    expect(target.searchParams.get('q')).toBe('구미');
    expect(target.searchParams.get('station')).toBe('279');

    // A ctrl-click is the browser's: the article opens in a new tab, not in this page.
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      headline.click({ modifiers: ['Control'] }),
    ]);
    await expect(tab.locator('section.news-article-frame h2')).toHaveText(TITLE);
    await tab.close();
    await expect(dashboard.article).toHaveCount(0);
    expect(dashboard.url().searchParams.get('news')).toBeNull();
    await expect(dashboard.details).toContainText('구미');

    // The address itself, opened directly, shows the article.
    await page.goto(href);
    await expect(dashboard.article.getByRole('heading', { level: 2 })).toHaveText(TITLE);
    await expect(dashboard.articleWeather).toHaveText('구미 · 구름조금 · 19.2℃');
  });

  test('an unknown id says the article cannot be found', async ({ dashboard }) => {
    await dashboard.open('?news=no-such-article');
    await expect(dashboard.article.getByRole('alert')).toContainText('기사를 찾을 수 없습니다');
    await dashboard.article.getByRole('button', { name: '뉴스 목록 보기' }).click();
    await expect(dashboard.article).toHaveCount(0);
    await expect(dashboard.panelHeadline(TITLE)).toBeVisible();
  });

  test('the news panel lists the article and narrows to the selected station’s region', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open('?station=90');
    await dashboard.newsTab.click();
    expect(dashboard.url().searchParams.get('panel')).toBe('news');
    const headline = dashboard.panelHeadline(TITLE);
    await expect(headline).toBeVisible();
    // 속초 is in 강원: narrowing to its region leaves no news.
    const regionOnly = dashboard.newsPanel.getByRole('checkbox', { name: /강원특별자치도/ });
    await regionOnly.check();
    await expect(headline).toHaveCount(0);
    expect(dashboard.url().searchParams.get('newsRegion')).toBe('1');

    // The choice is part of the address: it survives a reload, and back/forward step through it.
    await page.reload();
    await expect(regionOnly).toBeChecked();
    await expect(headline).toHaveCount(0);
    await page.goBack();
    await expect(regionOnly).not.toBeChecked();
    await expect(headline).toBeVisible();
    expect(dashboard.url().searchParams.get('newsRegion')).toBeNull();
    await page.goForward();
    await expect(regionOnly).toBeChecked();
    await expect(headline).toHaveCount(0);

    await dashboard.stationsTab.click();
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
  });

  test('a failing news feed leaves the weather working and says so, with a retry', async ({
    dashboard,
  }) => {
    await dashboard.failNewsFeed(500);
    await dashboard.open();
    await dashboard.expectStationsDrawn(97);
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
    await dashboard.searchBox.fill('구미');
    await expect(dashboard.row('구미')).toBeVisible();
    await expect(dashboard.newsBadge(dashboard.row('구미'))).toHaveCount(0);

    await dashboard.newsTab.click();
    await expect(dashboard.newsError).toContainText('뉴스를 불러올 수 없습니다');
    await expect(dashboard.newsError).toContainText('HTTP 500');

    await dashboard.restoreNewsFeed();
    await dashboard.newsError.getByRole('button', { name: '다시 시도' }).click();
    await expect(dashboard.panelHeadline(TITLE)).toBeVisible();
  });

  test('a filter hiding 구미: the article says so and one click shows it', async ({
    dashboard,
  }) => {
    await dashboard.open(`?sky=clear&news=${ARTICLE_ID}`);
    await dashboard.expectStationsDrawn(45);
    const note = dashboard.article.locator('.news-weather-hidden');
    await expect(note).toContainText('현재 필터에 맞지 않아');
    await note.getByRole('button', { name: '필터 해제하고 지도에서 보기' }).click();
    await dashboard.expectStationsDrawn(97);
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
    await expect(dashboard.details).toContainText('구미');
    expect(dashboard.url().searchParams.get('sky')).toBeNull();
    expect(dashboard.url().searchParams.get('station')).toBe('279');
  });
});
