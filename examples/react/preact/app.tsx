// Type-checked with tsconfig.preact.json: the same elements in Preact's JSX, from @stadtkit/elements/preact.
import { gruppenbild, relatedTeasers } from '@stadtkit/model/fixtures';

export const app = (
  <main>
    <stadt-weather-status
      base-url="/weather"
      location-name="Offenbach am Main"
      onstadt-weather-status-change={(event) => console.log(event.state)}
    />
    <stadt-photo photo={gruppenbild} zoom />
    <stadt-news-list heading="Weitere Meldungen" layout="grid" teasers={relatedTeasers} />
  </main>
);

// @ts-expect-error: a photo is a Photo object, not a string
export const wrong = <stadt-photo photo="x" />;
