/** Every string this package shows to people, in German (default) and English. */
export const messages = {
  de: {
    external: '(externer Link)',
    published: 'Veröffentlicht am',
    empty: 'Keine Meldungen vorhanden.',
    more: 'Weitere Meldungen',
  },
  en: {
    external: '(external link)',
    published: 'Published on',
    empty: 'No news at the moment.',
    more: 'More news',
  },
} as const;
