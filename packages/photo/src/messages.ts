/** Every string this package shows to people, in German (default) and English. */
export const messages = {
  de: {
    photo: 'Foto',
    licence: 'Lizenz',
    source: 'Quelle',
    zoom: (alt: string) => (alt ? `Foto vergrößern: ${alt}` : 'Foto vergrößern'),
    open: (alt: string) =>
      alt ? `Foto in voller Größe öffnen: ${alt}` : 'Foto in voller Größe öffnen',
    pan: 'Foto, mit Pfeiltasten verschieben',
    close: 'Schließen',
    dialogLabel: 'Foto in voller Größe',
    failed: 'Das Foto konnte nicht geladen werden.',
  },
  en: {
    photo: 'Photo',
    licence: 'Licence',
    source: 'Source',
    zoom: (alt: string) => (alt ? `Enlarge photo: ${alt}` : 'Enlarge photo'),
    open: (alt: string) => (alt ? `Open photo at full size: ${alt}` : 'Open photo at full size'),
    pan: 'Photo, move with the arrow keys',
    close: 'Close',
    dialogLabel: 'Photo at full size',
    failed: 'The photo could not be loaded.',
  },
} as const;
