/**
 * A 5 MB, 20,000-record feed loads whole: every record listed and drawn,
 * unknown words kept under 기타, the page still answering. How long its tasks
 * take is measured by `npm run bench` (parse stress), never asserted here:
 * shared machines are too noisy for timed assertions.
 */
import { conditionDefinition } from '../../src/domain/conditions';
import { expect, stationCanvasColorCounts, test } from './support/dashboard';
import { FeedRoute, serveJson } from './support/feed-route';

const CLEAR = conditionDefinition('clear').color;
const OVERCAST = conditionDefinition('overcast').color;

const COUNT = 20_000;
const WORDS = ['맑음', '구름조금', '구름많음', '흐림', '비', '박무', '연무', '햇무리'];

function largeFeed(): string {
  const observations = Array.from({ length: COUNT }, (_, i) => ({
    stationId: `S${i}`,
    name: `관측소 ${i} ${'가나다라마바사아자차카타파하'.slice(0, i % 14)}`,
    condition: WORDS[i % WORDS.length],
    temperature: i % 97 === 0 ? null : ((i % 700) / 10 - 20).toFixed(1),
    lat: 34 + (i % 400) / 100,
    lon: 126 + Math.floor(i / 400) / 20,
    // Fields the contract does not know are ignored; real feeds carry them.
    note: `record ${i} of a stress feed: extra fields make it realistic in size`.repeat(2),
  }));
  return JSON.stringify({
    observedAt: '2024-05-21T15:00:00+09:00',
    source: '기상청',
    observations,
  });
}

test('a 5 MB feed of 20,000 records loads whole and the page keeps answering', async ({
  dashboard,
  page,
}) => {
  const body = largeFeed();
  expect(body.length).toBeGreaterThan(5_000_000);
  await FeedRoute.install(page, serveJson(body));
  await dashboard.open();
  await expect(dashboard.listCount).toHaveText('20000개 중 20000개', { timeout: 20_000 });
  await dashboard.expectStationsDrawn(COUNT);
  // One word in eight is unknown to the condition table: kept, counted under 기타.
  await expect(dashboard.chip('기타')).toHaveAccessibleName(/기타 2500/);
  await dashboard.chip('기타').click();
  await expect(dashboard.listCount).toHaveText('20000개 중 2500개');
  await dashboard.expectStationsDrawn(2500);
  await page.evaluate(() => performance.clearMarks());
  await dashboard.searchBox.fill('관측소 19999');
  await expect(dashboard.rows.first()).toContainText('관측소 19999');
});

test('at 20,000 stations the dots carry their sky colours, and a chip leaves only its own', async ({
  dashboard,
  page,
}) => {
  await FeedRoute.install(page, serveJson(largeFeed()));
  await dashboard.open();
  await dashboard.expectStationsDrawn(COUNT);
  const before = await stationCanvasColorCounts(page, [CLEAR, OVERCAST]);
  expect(before[CLEAR], 'clear dots drawn').toBeGreaterThan(0);
  expect(before[OVERCAST], 'overcast dots drawn').toBeGreaterThan(0);

  await dashboard.chip('흐림').click();
  await dashboard.expectStationsDrawn(COUNT / WORDS.length);
  const after = await stationCanvasColorCounts(page, [CLEAR, OVERCAST]);
  expect(after[CLEAR], 'no clear dot left').toBe(0);
  expect(after[OVERCAST], 'overcast dots still drawn').toBeGreaterThan(0);
});
