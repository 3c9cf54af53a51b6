import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExampleBanner } from '../../../src/components/example-banner';
import { parseObservationFeed } from '../../../src/domain/parse-feed';
import { aFeed, aRecord } from '../support/observations';
import { renderInLanguage } from '../support/render';

const exampleFeed = parseObservationFeed(aFeed([aRecord()], { example: true }));
const realFeed = parseObservationFeed(aFeed([aRecord()]));

describe('ExampleBanner', () => {
  it('says on screen that a feed marked as an example is not real, in Korean', () => {
    renderInLanguage(<ExampleBanner example={exampleFeed.example} />);
    expect(screen.getByText('예시 자료 — 실제 관측 아님')).toBeVisible();
  });

  it('says it in English', () => {
    renderInLanguage(<ExampleBanner example={exampleFeed.example} />, 'en');
    expect(screen.getByText('Example data — not real observations')).toBeVisible();
  });

  it('shows nothing for real data', () => {
    const { container } = renderInLanguage(<ExampleBanner example={realFeed.example} />);
    expect(container).toBeEmptyDOMElement();
  });
});
