import { describeViolations, seriousViolations } from './support/axe';
import { expect, test } from './support/dashboard';
import { serveExampleData } from './support/example-data';

test.describe('the example data set', () => {
  test('says in the header, in both languages, that it is not real', async ({
    dashboard,
    page,
  }) => {
    await serveExampleData(page);
    await dashboard.open();
    const header = page.getByRole('banner');
    await expect(header.getByText('예시 자료 — 실제 관측 아님')).toBeVisible();
    await dashboard.expectStationsDrawn(9);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const findings = await seriousViolations(page);
      expect(findings, describeViolations(`example data, ${scheme}`, findings)).toEqual([]);
    }

    await dashboard.open('?lang=en');
    await expect(header.getByText('Example data — not real observations')).toBeVisible();
  });

  test('the default page (the seed) says nothing of the kind', async ({ dashboard, page }) => {
    await dashboard.open();
    await dashboard.expectStationsDrawn(97);
    await expect(page.getByText('예시 자료 — 실제 관측 아님')).toHaveCount(0);
  });
});
