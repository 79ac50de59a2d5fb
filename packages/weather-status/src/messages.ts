/** Every string this package shows to people, in German (default) and English. */
export const messages = {
  de: {
    label: 'Aktuelles Wetter',
    labelIn: (place: string) => `Aktuelles Wetter in ${place}`,
    loading: 'Wetterdaten werden geladen',
    unavailable: 'Wetterdaten derzeit nicht verfügbar',
    fallback: 'Wetter beim Deutschen Wetterdienst',
    measuredAt: (time: string) => `gemessen um ${time}`,
    measuredOn: (date: string, time: string) => `gemessen am ${date} um ${time}`,
    atStation: (station: string) => `an der Station ${station}`,
    attribution: 'Daten:',
    dwd: 'Deutscher Wetterdienst',
    externalSite: 'externe Website',
  },
  en: {
    label: 'Current weather',
    labelIn: (place: string) => `Current weather in ${place}`,
    loading: 'Loading weather data',
    unavailable: 'Weather data currently unavailable',
    fallback: 'Weather from the Deutscher Wetterdienst',
    measuredAt: (time: string) => `measured at ${time}`,
    measuredOn: (date: string, time: string) => `measured on ${date} at ${time}`,
    atStation: (station: string) => `at the ${station} station`,
    attribution: 'Data:',
    dwd: 'Deutscher Wetterdienst',
    externalSite: 'external website',
  },
} as const;

export type Messages = (typeof messages)[keyof typeof messages];
