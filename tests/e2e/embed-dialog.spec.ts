/**
 * The Embed dialog builds the widget a portal operator asked for: each kind
 * of station selection is copied from the dialog, pasted into a portal on
 * another origin, and the widget shows exactly those stations under the
 * title that fits them.
 */
import { seriousViolations, describeViolations } from './support/axe';
import { EmbedDialogDriver, expect, test } from './support/portal';

const GANGWON = encodeURIComponent('강원특별자치도');
const JEJU = encodeURIComponent('제주특별자치도');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.describe('the Embed dialog, pasted into a portal', () => {
  test('chosen stations: exactly those, in the order chosen, titled after the first', async ({
    page,
    portal,
  }) => {
    const embed = new EmbedDialogDriver(page);
    await embed.open();
    await embed.choose('직접 고르기');
    await embed.choose('목록 카드');
    await embed.addStation('구미', '구미');
    await embed.addStation('sokcho', '속초');
    await embed.addStation('108', '서울');
    const snippet = await embed.copy('코드 복사');

    await portal.open('/paste.html');
    await portal.paste('chosen', snippet);
    await expect(portal.iframe('chosen')).toHaveAttribute('title', '구미 외 2곳 날씨');
    await expect(portal.cardTitle('chosen')).toHaveText('구미 외 2곳 날씨');
    expect(await portal.cardStations('chosen')).toEqual(['279', '90', '108']);
  });

  test('the stations shown now: the dashboard’s region and sky filter, live', async ({
    page,
    portal,
  }) => {
    const embed = new EmbedDialogDriver(page);
    await embed.open(`?region=${GANGWON}&sky=clear`);
    const shown = await embed.shownStations();
    expect(shown.length).toBeGreaterThan(1);
    await expect(embed.dialog.getByRole('radio', { name: /지금 보이는 관측소/ })).toBeChecked();
    await embed.choose('목록 카드');
    const snippet = await embed.copy('코드 복사');
    expect(snippet).toContain('data-region="강원특별자치도"');

    await portal.open('/paste.html');
    await portal.paste('shown', snippet);
    await expect(portal.cardTitle('shown')).toHaveText('강원 날씨');
    expect(await portal.cardStations('shown')).toEqual(shown);
  });

  test('the stations shown now with a search: a fixed list, said so, selected station first', async ({
    page,
    portal,
  }) => {
    const embed = new EmbedDialogDriver(page);
    await embed.open(`?q=${encodeURIComponent('강')}&station=105`);
    const shown = await embed.shownStations();
    await expect(embed.dialog.getByText(/목록으로 고정합니다/)).toBeVisible();
    await embed.choose('목록 카드');
    const snippet = await embed.copy('코드 복사');

    await portal.open('/paste.html');
    await portal.paste('searched', snippet);
    const expected = ['105', ...shown.filter((id) => id !== '105')];
    expect(await portal.cardStations('searched')).toEqual(expected);
    await expect(portal.cardTitle('searched')).toHaveText(`강릉 외 ${expected.length - 1}곳 날씨`);
  });

  test('a region only: every station of that province, titled for it', async ({ page, portal }) => {
    const embed = new EmbedDialogDriver(page);
    await page.goto(`/?region=${JEJU}`);
    const jeju = await embed.shownStations();
    expect(jeju.length).toBeGreaterThan(1);
    await embed.open();
    await embed.choose('모든 관측소');
    await embed.choose('목록 카드');
    await embed.selectRegion('제주특별자치도');
    const snippet = await embed.copy('코드 복사');

    await portal.open('/paste.html');
    await portal.paste('region', snippet);
    await expect(portal.cardTitle('region')).toHaveText('제주 날씨');
    expect(await portal.cardStations('region')).toEqual(jeju);
  });

  test('all stations: the whole feed, titled for the country; the plain iframe too', async ({
    page,
    portal,
  }) => {
    const embed = new EmbedDialogDriver(page);
    await embed.open();
    await embed.choose('목록 카드');
    const snippet = await embed.copy('코드 복사');
    const iframe = await embed.copy('iframe 복사');
    const feed = (await (await page.request.get(`/data/observations.json`)).json()) as {
      observations: { stationId: string }[];
    };
    const everyStation = feed.observations.map((record) => record.stationId);

    await portal.open('/paste.html');
    await portal.paste('all', snippet);
    await portal.paste('plain', iframe);
    await expect(portal.cardTitle('all')).toHaveText('전국 날씨');
    expect(await portal.cardStations('all')).toEqual(everyStation);
    await expect(portal.iframe('plain')).toHaveAttribute('title', '전국 날씨');
    await expect(portal.iframe('plain')).toHaveAttribute('sandbox', /allow-scripts/);
    await expect(portal.cardTitle('plain')).toHaveText('전국 날씨');
    expect(await portal.cardStations('plain')).toEqual(everyStation);
  });

  test('the map widget for a region frames that region', async ({ page, portal }) => {
    const embed = new EmbedDialogDriver(page);
    await embed.open();
    await embed.choose('모든 관측소');
    await embed.choose('지도');
    await embed.selectRegion('강원특별자치도');
    const snippet = await embed.copy('코드 복사');

    await portal.open('/paste.html');
    await portal.paste('map', snippet);
    await expect(portal.widget('map').locator('.embed-map-title')).toHaveText('강원 날씨');
    await expect.poll(() => portal.mapFrame('map')).not.toBeNull();
    const frame = (await portal.mapFrame('map'))!;
    const inside = (lat: number, lon: number) =>
      lat > frame.south && lat < frame.north && lon > frame.west && lon < frame.east;
    // Gangwon's corners: 철원 (north-west), 속초 (north-east), 태백 (south).
    expect(inside(38.148, 127.304)).toBe(true);
    expect(inside(38.251, 128.565)).toBe(true);
    expect(inside(37.17, 128.989)).toBe(true);
    // Not the whole country: Busan and Jeju are out of the frame.
    expect(inside(35.105, 129.032)).toBe(false);
    expect(inside(33.514, 126.53)).toBe(false);
    expect(frame.north - frame.south).toBeLessThan(3);
  });
});

test.describe('the dialog for everyone', () => {
  for (const lang of ['ko', 'en'] as const) {
    test(`has no serious or critical axe violations (${lang})`, async ({ page }) => {
      const embed = new EmbedDialogDriver(page);
      await embed.open(`?lang=${lang}&q=${encodeURIComponent('구')}`);
      await embed.choose(lang === 'ko' ? '직접 고르기' : 'Choose stations');
      await embed.dialog.getByRole('searchbox').fill('gu');
      const findings = await seriousViolations(page);
      expect(findings, describeViolations(`embed dialog (${lang})`, findings)).toEqual([]);
    });
  }
});

test.describe('a narrow ticker keeps whole names', () => {
  test.use({ viewport: { width: 320, height: 200 } });

  for (const lang of ['en', 'ko'] as const) {
    test(`at 320 px every name is whole (${lang})`, async ({ page }) => {
      // The stations with the longest English names, stepped through one by one.
      const stations = ['252', '276', '100', '102', '135', '217', '93', '104', '90'];
      await page.goto(
        `/embed.html?view=ticker&lang=${lang}&interval=60&stations=${stations.join(',')}`,
      );
      const next = page.getByRole('button', {
        name: lang === 'en' ? 'Next station' : '다음 관측소',
      });
      const pause = page.getByRole('button', {
        name: lang === 'en' ? 'Pause rotation' : '자동 넘김 멈춤',
      });
      await pause.click();
      for (const id of stations) {
        const item = page.locator('.ticker-item');
        await expect(item).toHaveAttribute('data-station', id);
        const name = item.locator('.embed-name');
        await expect(name).toBeVisible();
        const fit = await name.evaluate((element) => {
          const box = element.getBoundingClientRect();
          // Every box that clips the name: the item, its window and the ticker itself.
          const clips = ['.ticker-item', '.ticker-window', '.ticker'].map((selector) =>
            element.closest(selector)!.getBoundingClientRect(),
          );
          return {
            unclipped: element.scrollWidth <= element.clientWidth,
            inside: clips.every((clip) => box.left >= clip.left && box.right <= clip.right),
          };
        });
        expect(fit, `${id} ${await name.textContent()}`).toEqual({ unclipped: true, inside: true });
        await next.click();
      }
    });
  }
});
