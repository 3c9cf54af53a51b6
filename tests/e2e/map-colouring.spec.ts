/**
 * The map's colouring switch (issue 11, item 4): 하늘 상태 and 기온, from the
 * switch and from the URL, in the dashboard and the embed map, with the sky
 * filter still in force. What the markers show is read from the station
 * canvas itself: the count of pixels filled with each colour.
 */
import { conditionDefinition } from '../../src/domain/conditions';
import { TEMPERATURE_STEPS } from '../../src/domain/temperature-scale';
import { expect, stationCanvasColorCounts, test, type Dashboard } from './support/dashboard';

const CLEAR = conditionDefinition('clear').color;
const OVERCAST = conditionDefinition('overcast').color;
const STEPS = TEMPERATURE_STEPS.map(({ color }) => color);
const WATCHED = [CLEAR, OVERCAST, ...STEPS];

/** Pixels of sky colours and of temperature-step colours on the station canvas. */
async function fills(dashboard: Dashboard, count: number) {
  const counts = await dashboard.markerFillPixels(count, WATCHED);
  return {
    clear: counts[CLEAR]!,
    overcast: counts[OVERCAST]!,
    temperature: STEPS.reduce((sum, color) => sum + counts[color]!, 0),
  };
}

test('the switch turns the sky map into a temperature map and back, through the URL', async ({
  dashboard,
  page,
}) => {
  await dashboard.open();
  const sky = dashboard.coloringOption(/하늘 상태/);
  const temperature = dashboard.coloringOption(/기온/);
  await expect(sky).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => fills(dashboard, 97)).toMatchObject({ temperature: 0 });
  expect((await fills(dashboard, 97)).clear).toBeGreaterThan(0);
  await expect(dashboard.legendTitle).toHaveText('범례');
  await expect(page.locator('.map-field-note')).toHaveCount(0);

  await temperature.click();
  await expect(temperature).toHaveAttribute('aria-pressed', 'true');
  await expect(sky).toHaveAttribute('aria-pressed', 'false');
  expect(dashboard.url().searchParams.get('color')).toBe('temperature');
  await expect(dashboard.legendTitle).toHaveText('기온 (°C)');
  await expect.poll(async () => (await fills(dashboard, 97)).clear).toBe(0);
  expect((await fills(dashboard, 97)).temperature).toBeGreaterThan(0);

  // Back in history is the sky view again: the choice is a step a reader can undo.
  await page.goBack();
  await expect(sky).toHaveAttribute('aria-pressed', 'true');
  expect(dashboard.url().searchParams.has('color')).toBe(false);
  await expect.poll(async () => (await fills(dashboard, 97)).temperature).toBe(0);
});

test('?color=temperature opens in the temperature view with its scale', async ({ dashboard }) => {
  await dashboard.open('?color=temperature');
  await expect(dashboard.coloringOption(/기온/)).toHaveAttribute('aria-pressed', 'true');
  await expect(dashboard.legendTitle).toHaveText('기온 (°C)');
  const legend = dashboard.page.locator('.map-legend');
  await expect(legend.getByText('33 이상')).toBeVisible();
  await expect(legend.getByText('15–18')).toBeVisible();
  await expect(legend.getByText('0 미만')).toBeVisible();
  await expect(legend.getByText('— 자료 없음')).toBeVisible();
  // The shading between stations is an estimate, and the map says so.
  await expect(dashboard.page.locator('.map-field-note')).toHaveText(/보간 추정/);
  const drawn = await fills(dashboard, 97);
  expect(drawn.clear).toBe(0);
  expect(drawn.temperature).toBeGreaterThan(0);
});

test('the sky filter still filters in the temperature view', async ({ dashboard }) => {
  await dashboard.open('?color=temperature&sky=흐림');
  await expect(dashboard.listCount).toHaveText('97개 중 5개');
  const temperatureView = await fills(dashboard, 5);
  expect(temperatureView.temperature).toBeGreaterThan(0);
  expect(temperatureView.overcast).toBe(0);

  await dashboard.coloringOption(/하늘 상태/).click();
  await expect.poll(async () => (await fills(dashboard, 5)).overcast).toBeGreaterThan(0);
  expect(dashboard.url().searchParams.get('sky')).toBe('overcast');
  await expect(dashboard.listCount).toHaveText('97개 중 5개');
});

test('in English the switch and the scale speak English', async ({ dashboard }) => {
  await dashboard.open('?lang=en&color=temperature');
  await expect(dashboard.coloringOption(/Temperature/)).toHaveAttribute('aria-pressed', 'true');
  await expect(dashboard.legendTitle).toHaveText('Temperature (°C)');
  await expect(dashboard.page.locator('.map-legend').getByText('33 and above')).toBeVisible();
});

test('the embed map takes color=temperature and shows the scale', async ({ dashboard, page }) => {
  await page.goto('/embed.html?view=map&color=temperature');
  await expect(dashboard.legendTitle).toHaveText('기온 (°C)');
  const drawn = await fills(dashboard, 97);
  expect(drawn.clear).toBe(0);
  expect(drawn.temperature).toBeGreaterThan(0);
  // The widget has no switch: its colouring is the host page's choice.
  await expect(page.locator('.map-coloring-switch')).toHaveCount(0);
});

test('the embed map stays a sky map without color=', async ({ dashboard, page }) => {
  await page.goto('/embed.html?view=map');
  await dashboard.expectStationsDrawn(97);
  const counts = await stationCanvasColorCounts(page, [CLEAR]);
  expect(counts[CLEAR]).toBeGreaterThan(0);
  await expect(page.locator('.map-legend')).toHaveCount(0);
});

test('the 퍼가기 dialog carries the temperature view into the map snippet', async ({
  a11y,
  page,
}) => {
  await page.goto('/?color=temperature');
  await a11y.embedButton.click();
  await a11y.embedDialog.getByRole('radio', { name: '지도' }).check();
  await expect(a11y.embedDialog.getByRole('textbox', { name: '붙여 넣을 코드' })).toHaveValue(
    /data-color="temperature"/,
  );
  await expect(a11y.embedDialog.locator('iframe')).toHaveAttribute('src', /color=temperature/);
});
