import '@stadtkit/elements/define.js';
import { gruppenbild, relatedTeasers } from '@stadtkit/model/fixtures';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [weather, setWeather] = useState('loading');
  return (
    <main data-weather={weather}>
      <h1>Pressemitteilung</h1>
      <p>
        Aktuelles Wetter:{' '}
        <stadt-weather-status
          base-url="/weather"
          location-name="Offenbach am Main"
          onstadt-weather-status-change={(event) => setWeather(event.state)}
        />
      </p>
      <stadt-photo photo={gruppenbild} />
      <stadt-news-list heading="Weitere Meldungen" layout="grid" teasers={relatedTeasers} />
    </main>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
