// What each component does for each WCAG 2.2 A/AA criterion and where that is tested. The generator
// (scripts/accessibility-report.mjs) turns this into packages/*/ACCESSIBILITY.md, adds the axe-core rules per
// criterion from axe-core's own metadata, and fails when a referenced test no longer exists.
//
// status: 'supports' | 'partial' | 'not-supported' | 'not-applicable' (criteria missing here fall back to
// NOT_APPLICABLE in wcag.mjs). Tests: [file, text that must occur in it].

// [file, text that must occur in it, what the report says instead of the text]
const STORIES = [
  'apps/storybook/test/storybook.test.ts',
  'axeViolations(page',
  'axe-core über jede Story in Chromium',
];
const ENGINES = [
  'engines/src/suite.ts',
  'every Storybook story',
  'axe-core über jede Story in Firefox und WebKit',
];
const MODES = [
  'apps/storybook/test/storybook.test.ts',
  'displayModeProblems',
  'jede Story in sechs Darstellungsarten',
];
const DEMO_MODES = [
  'apps/demo/test/a11y.test.ts',
  'every page in every display mode',
  'jede Demoseite in sechs Darstellungsarten',
];
const ARIA = [
  'apps/storybook/test/storybook.test.ts',
  'toMatchFileSnapshot',
  'Barrierefreiheitsbaum jeder Story (Snapshot)',
];
const JOURNEY = [
  'apps/demo/test/a11y.test.ts',
  'every stop in order',
  'Tastaturweg durch die Demo, Fokusrahmen-Kontrast an jedem Halt',
];
const THEMES = [
  'apps/storybook/test/storybook.test.ts',
  'the five city themes',
  'alle fünf Stadtdesigns (axe-core)',
];

const common = {
  '1.3.3': { status: 'supports', how: 'Keine Anweisung beruht auf Form, Größe, Lage oder Farbe.' },
  '1.3.4': { status: 'supports', how: 'Keine Festlegung auf Hoch- oder Querformat.' },
  '1.4.4': {
    status: 'supports',
    how: 'Schriftgrößen in `em`/`rem`; bei 200 % und 400 % Vergrößerung geht nichts verloren.',
    tests: [MODES, DEMO_MODES],
  },
  '1.4.10': {
    status: 'supports',
    how: 'Bei 320 CSS-Pixeln Breite (1280 px bei 400 %) kein waagerechtes Scrollen, nichts abgeschnitten, nichts überlappt.',
    tests: [MODES, DEMO_MODES],
  },
  '1.4.12': {
    status: 'supports',
    how: 'Mit Zeilenhöhe 1,5, Buchstabenabstand 0,12 em, Wortabstand 0,16 em und Absatzabstand 2 em geht kein Inhalt verloren.',
    tests: [MODES, DEMO_MODES],
  },
  '2.1.2': {
    status: 'supports',
    how: 'Der Fokus verlässt die Komponente mit Tab und Umschalt+Tab.',
    tests: [JOURNEY],
  },
  '2.2.2': { status: 'supports', how: 'Nichts bewegt, blinkt oder scrollt von selbst.' },
  '2.3.1': { status: 'supports', how: 'Nichts blinkt.' },
  '2.4.11': {
    status: 'supports',
    how: 'Die Komponente legt nichts über fokussierte Elemente (keine fixierten Ebenen).',
    tests: [JOURNEY],
  },
  '3.2.1': { status: 'supports', how: 'Fokus löst keine Kontextänderung aus.' },
  '3.2.2': { status: 'supports', how: 'Keine Eingaben, die den Kontext ändern.' },
  '4.1.3': { status: 'not-applicable', how: 'Die Komponente gibt keine Statusmeldungen aus.' },
};

export const COMPONENTS = [
  {
    package: 'weather-status',
    title: '<stadt-weather-status>',
    elements: ['stadt-weather-status'],
    summary:
      'Die aktuelle Wetterbeobachtung (Temperatur, Wetterlage) für den Kopf einer städtischen Website, mit Quellenangabe des Deutschen Wetterdienstes.',
    criteria: {
      ...common,
      '1.1.1': {
        status: 'supports',
        how: 'Das Wettersymbol ist dekorativ (`aria-hidden`); Temperatur und Wetterlage stehen als Text da, für Screenreader als ganzer Satz („Aktuelles Wetter in Offenbach am Main: 7 Grad Celsius, bedeckt, gemessen um 14:00 Uhr …“).',
        tests: [
          ['packages/weather-status/test/weather-status.test.ts', 'icons are decorative'],
          [
            'packages/weather-status/test/weather-status.test.ts',
            'fresh: short visible text, complete accessible text',
          ],
        ],
      },
      '1.3.1': {
        status: 'supports',
        how: 'Beschriftung und Wert sind Text in einer Reihenfolge; die Quellenangabe ist ein echter Link. Ohne JavaScript steht ein Link zum DWD da statt „wird geladen“.',
        tests: [ARIA, ['apps/demo/test/page.test.ts', 'no value on the server and no JavaScript']],
      },
      '1.3.2': {
        status: 'supports',
        how: 'Lesereihenfolge = sichtbare Reihenfolge: Beschriftung, Wert, Zeit, Quelle.',
        tests: [ARIA],
      },
      '1.4.1': {
        status: 'supports',
        how: 'Kein Zustand nur über Farbe: ein veralteter Wert zeigt seine Messzeit als Text, „nicht verfügbar“ steht als Text da.',
        tests: [
          ['packages/weather-status/test/weather-status.test.ts', 'stale: the value with its time'],
        ],
      },
      '1.4.3': {
        status: 'supports',
        how: 'Text #1a1a1a und Grautext #595959 auf Weiß (17,4:1 und 7:1); eigene Themes setzen die Tokens.',
        tests: [STORIES, THEMES, ENGINES],
      },
      '1.4.5': { status: 'supports', how: 'Keine Bilder von Text.' },
      '1.4.11': {
        status: 'supports',
        how: 'Fokusrahmen 2 px in `--stadt-color-focus` (#005a9c, 7,1:1 auf Weiß); in erzwungenen Farben Systemfarben.',
        tests: [JOURNEY, MODES],
      },
      '1.4.13': {
        status: 'supports',
        how: 'Keine Inhalte bei Hover oder Fokus (kein `title`-Tooltip mehr; die Abkürzung DWD ist im Linknamen ausgeschrieben).',
      },
      '2.1.1': {
        status: 'supports',
        how: 'Einziges Bedienelement ist der Link „Daten: DWD“, ein echter Link.',
        tests: [
          [
            'packages/weather-status/test/weather-status.test.ts',
            'has exactly one tab stop, the DWD attribution link',
          ],
        ],
      },
      '2.2.2': {
        status: 'partial',
        how: 'Der Wert aktualisiert sich still alle `refresh-interval` Sekunden (Standard 600, mindestens 60): nichts bewegt sich, nichts wird angesagt, ausgeblendete Tabs pausieren. Nutzende können die Aktualisierung nicht selbst anhalten; die einbindende Seite kann sie mit einem statischen Wert (`observation`, Anbieter `static`) abschalten.',
        tests: [['packages/weather-status/test/weather-status.test.ts', 'pauses while hidden']],
        limits: 'Keine Bedienmöglichkeit für Nutzende, die automatische Aktualisierung anzuhalten.',
      },
      '2.4.3': { status: 'supports', how: 'Ein Tabstopp, in Lesereihenfolge.', tests: [JOURNEY] },
      '2.4.4': {
        status: 'supports',
        how: 'Linkname „Daten: DWD (Deutscher Wetterdienst, externe Website)“: Ziel und Verlassen der Website sind genannt.',
        tests: [
          [
            'packages/weather-status/test/weather-status.test.ts',
            'has exactly one tab stop, the DWD attribution link',
          ],
        ],
      },
      '2.4.6': { status: 'supports', how: 'Beschriftung „Aktuelles Wetter“ vor dem Wert.' },
      '2.4.7': {
        status: 'supports',
        how: 'Sichtbarer Fokusrahmen am Link, Kontrast ≥ 3:1 zum Hintergrund gemessen.',
        tests: [JOURNEY],
      },
      '2.5.2': { status: 'supports', how: 'Nur ein nativer Link: Auslösung beim Loslassen.' },
      '2.5.3': {
        status: 'supports',
        how: 'Der sichtbare Text „Daten: DWD“ steht am Anfang des Linknamens.',
      },
      '2.5.8': {
        status: 'supports',
        how: 'Der Link ist das einzige Ziel der Komponente (Abstandsausnahme: kein anderes Ziel im 24-px-Kreis).',
      },
      '3.1.2': {
        status: 'supports',
        how: 'Die Texte folgen der Sprache der Seite (`lang`, Deutsch und Englisch); Stationsnamen sind Eigennamen.',
        tests: [['packages/weather-status/test/weather-status.test.ts', "it('English'"]],
      },
      '3.2.4': {
        status: 'supports',
        how: 'Gleiche Funktion, gleiche Beschriftung auf jeder Seite.',
      },
      '4.1.2': {
        status: 'supports',
        how: 'Nur native Elemente (Text, Link); der Barrierefreiheitsbaum jedes Zustands ist als geprüfter Snapshot abgelegt.',
        tests: [ARIA, STORIES],
      },
      '4.1.3': {
        status: 'not-applicable',
        how: 'Bewusst keine Statusmeldung: eine Aktualisierung wird nicht angesagt (kein Live-Bereich), damit Screenreader-Nutzende nicht alle zehn Minuten unterbrochen werden.',
        tests: [
          ['packages/weather-status/test/weather-status.test.ts', 'announces nothing on refresh'],
        ],
      },
    },
    statement: [
      'Die Wetteranzeige im Kopf der Seite nennt Temperatur und Wetterlage als Text und für Screenreader als vollständigen Satz mit Messzeit und Station. Die Quelle „Deutscher Wetterdienst“ ist als Link angegeben.',
      'Einschränkung: Die Anzeige aktualisiert sich alle zehn Minuten ohne Ansage; diese Aktualisierung kann nicht angehalten werden (WCAG 2.2.2, teilweise erfüllt).',
    ],
  },
  {
    package: 'warnings',
    title: '<stadt-warnings>',
    elements: ['stadt-warnings'],
    summary:
      'Amtliche Warnungen des Deutschen Wetterdienstes und des Warnsystems des Bundes (NINA) für eine Stadt: kompakt im Seitenkopf oder ausführlich auf einer Seite, nie „keine Warnungen“, wenn eine Quelle ausgefallen ist.',
    criteria: {
      ...common,
      '1.1.1': {
        status: 'supports',
        how: 'Keine Bilder: Stufe, Ereignis, Zeitraum und Quelle stehen als Text da; die Abkürzungen DWD und NINA sind für Screenreader ausgeschrieben.',
        tests: [
          [
            'packages/warnings/test/warnings.test.ts',
            'active, compact: the count, the events most severe first, the top level in text',
          ],
        ],
      },
      '1.3.1': {
        status: 'supports',
        how: 'Kompakt eine benannte Gruppe („Amtliche Warnungen für Offenbach am Main“), ausführlich ein benannter Bereich mit Liste, einer Überschrift je Warnung (`heading-level`) und Zeitraum und Gebiet als Beschreibungsliste. Ohne JavaScript stehen die vom Server gelieferten Warnungen da, sonst ein Link zu den Warnungen des DWD statt „wird geladen“.',
        tests: [
          ARIA,
          [
            'packages/warnings/test/warnings.test.ts',
            'active, full: level, event as a heading, headline, period, area, texts unchanged, source',
          ],
          ['apps/demo/test/page.test.ts', 'without JavaScript: the server rendered them'],
        ],
      },
      '1.3.2': {
        status: 'supports',
        how: 'Lesereihenfolge = sichtbare Reihenfolge: Stufe, Zusammenfassung, Stand und Quelle; je Warnung Ereignis, Überschrift, Zeitraum, Gebiet, Text, Empfehlung, Quelle.',
        tests: [ARIA],
      },
      '1.4.1': {
        status: 'supports',
        how: 'Die Stufe steht immer in Worten („Unwetterwarnung“); die Farbe des DWD (gelb, orange, rot, violett) wiederholt sie nur. Ausfall, Veralten und Stand stehen als Text da.',
        tests: [
          [
            'packages/warnings/test/warnings.test.ts',
            'a source that is down is never "no warnings"',
          ],
        ],
      },
      '1.4.3': {
        status: 'supports',
        how: 'Schwarz auf Gelb, Orange und Rot (19,6 / 9,8 / 5,3 : 1), Weiß auf Violett (8,7 : 1), Grautext #595959 (7 : 1); eigene Themes setzen die Tokens.',
        tests: [STORIES, THEMES, ENGINES],
      },
      '1.4.5': { status: 'supports', how: 'Keine Bilder von Text.' },
      '1.4.11': {
        status: 'supports',
        how: 'Badges mit schwarzem Rand; Fokusrahmen 2 px in `--stadt-color-focus`; in erzwungenen Farben Systemfarben.',
        tests: [MODES],
      },
      '1.4.13': { status: 'supports', how: 'Keine Inhalte bei Hover oder Fokus.' },
      '2.1.1': {
        status: 'supports',
        how: 'Bedienelemente sind nur echte Links (Warnungsseite, Quelle der Warnung).',
        tests: [STORIES],
      },
      '2.2.2': {
        status: 'partial',
        how: 'Die Warnungen aktualisieren sich still alle `refresh-interval` Sekunden (Standard 300); abgelaufene verschwinden zu ihrer Zeit. Nichts bewegt sich. Nutzende können die Aktualisierung nicht anhalten; die einbindende Seite kann feste Warnungen (`warnings`) setzen.',
        tests: [
          [
            'packages/warnings/test/warnings.test.ts',
            'a warning disappears when it expires, without a reload',
          ],
        ],
        limits: 'Keine Bedienmöglichkeit für Nutzende, die automatische Aktualisierung anzuhalten.',
      },
      '2.4.3': { status: 'supports', how: 'Links in Lesereihenfolge.', tests: [STORIES] },
      '2.4.4': {
        status: 'supports',
        how: 'Linknamen nennen ihr Ziel („1 Warnung: Frost“ zur Warnungsseite, „Mehr zu dieser Warnung (externe Website)“).',
      },
      '2.4.6': {
        status: 'supports',
        how: 'Je Warnung das Ereignis als Überschrift; der Bereich ist benannt.',
      },
      '2.4.7': { status: 'supports', how: 'Sichtbarer Fokusrahmen an jedem Link.', tests: [MODES] },
      '2.5.2': { status: 'supports', how: 'Nur native Links: Auslösung beim Loslassen.' },
      '2.5.3': { status: 'supports', how: 'Der sichtbare Text steht am Anfang jedes Linknamens.' },
      '2.5.8': {
        status: 'supports',
        how: 'Links im Fließtext (Ausnahme für Ziele im Satz); keine eng gesetzten Bedienelemente.',
      },
      '3.1.2': {
        status: 'supports',
        how: 'Die Oberfläche folgt der Sprache der Seite; eine Warnung in anderer Sprache (der DWD lieferte sie nur englisch) trägt ihr `lang` und einen Hinweis.',
        tests: [
          [
            'packages/warnings/test/warnings.test.ts',
            'English only: shown in English, marked as such, on a German page',
          ],
        ],
      },
      '3.2.4': {
        status: 'supports',
        how: 'Gleiche Funktion, gleiche Beschriftung auf jeder Seite.',
      },
      '4.1.2': {
        status: 'supports',
        how: 'Nur native Elemente und eine Überschriftenrolle; der Barrierefreiheitsbaum jedes Zustands ist als geprüfter Snapshot abgelegt.',
        tests: [ARIA, STORIES],
      },
      '4.1.3': {
        status: 'supports',
        how: 'Eine neue Unwetter- oder extreme Warnung, die bei geöffneter Seite eintrifft, wird einmal höflich angesagt (Live-Region, `role="status"`); nicht beim Laden, nicht bei jeder Aktualisierung.',
        tests: [
          [
            'packages/warnings/test/warnings.test.ts',
            'a new severe or extreme warning is announced politely once',
          ],
        ],
      },
    },
    statement: [
      'Die amtlichen Warnungen im Kopf der Seite nennen die Stufe immer in Worten, dazu die Zahl der Warnungen, die Ereignisse, den Stand und die Quelle. Ist eine Quelle nicht erreichbar, steht das da – nie „keine Warnungen“. Neue Unwetterwarnungen werden Screenreadern einmal angesagt.',
      'Einschränkung: Die Anzeige aktualisiert sich alle fünf Minuten; diese Aktualisierung kann nicht angehalten werden (WCAG 2.2.2, teilweise erfüllt).',
    ],
  },
  {
    package: 'photo',
    title: '<stadt-photo>',
    elements: ['stadt-photo'],
    summary:
      'Ein Pressefoto mit Bildbeschreibung, Bildunterschrift und Urheberangabe (§ 13 UrhG), optional mit Vergrößerung in einem Dialog.',
    criteria: {
      ...common,
      '1.1.1': {
        status: 'supports',
        how: 'Alternativtext aus `alt` (Pflicht; fehlt er, wird die Bildunterschrift verwendet und gewarnt); dekorative Fotos erhalten `alt=""`, keine Figur-Rolle und keine Vergrößerung; ein nicht ladbares Bild wird durch einen gleich großen Platzhalter mit dem Alternativtext ersetzt.',
        tests: [
          [
            'packages/photo/test/photo.test.ts',
            'warns once, naming the element, when alt is missing',
          ],
          ['packages/photo/test/photo.test.ts', 'a decorative photo: no zoom button, no figure'],
          ['packages/photo/test/photo.test.ts', 'shows a sized placeholder with the alt text'],
        ],
      },
      '1.3.1': {
        status: 'supports',
        how: '`<figure>` mit `<figcaption>`; die Urheberangabe wird als „Copyright …“ gelesen (das Zeichen © ist CSS mit dem Alternativtext „Copyright“). Ohne JavaScript ist dieselbe Figur da (deklaratives Shadow DOM oder Light DOM).',
        tests: [
          ['packages/photo/test/photo.test.ts', 'reads caption and credit once'],
          ['packages/photo/test/photo.test.ts', 'is readable before JavaScript runs'],
          ARIA,
        ],
      },
      '1.3.2': {
        status: 'supports',
        how: 'Bild, Bildunterschrift, Urheberangabe in dieser Reihenfolge.',
        tests: [ARIA],
      },
      '1.4.1': { status: 'supports', how: 'Links in der Urheberangabe sind unterstrichen.' },
      '1.4.3': {
        status: 'supports',
        how: 'Bildunterschrift #1a1a1a, Urheberangabe #595959 auf Weiß; auf dem Bild (Platzierung „overlay“) Weiß auf 75 % Schwarz; in erzwungenen Farben Systemfarben.',
        tests: [STORIES, THEMES, ENGINES],
      },
      '1.4.5': {
        status: 'supports',
        how: 'Die Komponente erzeugt keine Bilder von Text. Ob ein Foto Text zeigt, entscheidet die Redaktion.',
      },
      '1.4.10': {
        status: 'supports',
        how: 'Das Bild skaliert mit der Breite. Die Vergrößerung zeigt das Foto in voller Größe und scrollt darin in zwei Richtungen (Ausnahme für Bilder).',
        tests: [MODES, ['packages/photo/test/photo.test.ts', 'shows the image at its full size']],
      },
      '1.4.11': {
        status: 'supports',
        how: 'Fokusrahmen 2 px (7,1:1); der Schließen-Knopf hat einen Rahmen; die Vergrößerungsschaltfläche ist das Bild selbst.',
        tests: [JOURNEY, MODES],
      },
      '1.4.13': { status: 'supports', how: 'Keine Inhalte bei Hover oder Fokus.' },
      '2.1.1': {
        status: 'supports',
        how: 'Vergrößern mit Enter/Leertaste, Schließen mit Escape oder „Schließen“, Verschieben des vergrößerten Bildes mit den Pfeiltasten (fokussierbarer Bildausschnitt).',
        tests: [
          ['packages/photo/test/photo.test.ts', 'opens an accessible dialog by keyboard'],
          ['apps/demo/test/a11y.test.ts', 'the zoom: opens by keyboard with caption and credit'],
        ],
      },
      '2.1.2': {
        status: 'supports',
        how: 'Der modale Dialog hält den Fokus nur, solange er offen ist; Escape schließt ihn immer.',
        tests: [['packages/photo/test/photo.test.ts', 'Escape closes it and focus returns']],
      },
      '2.4.3': {
        status: 'supports',
        how: 'Beim Öffnen liegt der Fokus auf „Schließen“, danach wieder auf der Vergrößerungsschaltfläche.',
        tests: [['packages/photo/test/photo.test.ts', 'Escape closes it and focus returns']],
      },
      '2.4.4': {
        status: 'supports',
        how: 'Lizenz- und Quellenlinks sind in der Urheberangabe („Quelle“ im Kontext des Fotos); die Vergrößerung heißt „Foto vergrößern: <Alternativtext>“, ohne JavaScript „Foto in voller Größe öffnen: …“ (ein Link zur größten Fassung).',
        tests: [
          [
            'packages/photo/test/photo.test.ts',
            'before hydration the zoom is a link to the largest rendition',
          ],
        ],
      },
      '2.4.6': {
        status: 'supports',
        how: 'Dialog „Foto in voller Größe“, Schaltflächen mit eindeutigen Namen.',
      },
      '2.4.7': {
        status: 'supports',
        how: 'Sichtbarer Fokusrahmen an Schaltflächen und Links (≥ 3:1 gemessen).',
        tests: [JOURNEY],
      },
      '2.5.1': {
        status: 'supports',
        how: 'Vergrößern mit einem einfachen Klick; Verschieben auch mit Scrollleisten und Tastatur.',
      },
      '2.5.2': { status: 'supports', how: 'Native Schaltflächen: Auslösung beim Loslassen.' },
      '2.5.3': {
        status: 'supports',
        how: 'Sichtbare Beschriftungen („Schließen“) sind die Namen.',
      },
      '2.5.8': {
        status: 'supports',
        how: 'Die Vergrößerungsschaltfläche ist so groß wie das Bild; „Schließen“ ist größer als 24 × 24 px; Links in der Urheberangabe stehen im Fließtext (Ausnahme).',
      },
      '3.1.2': {
        status: 'supports',
        how: 'Bedientexte folgen der Sprache der Seite; mit `content-lang` tragen Alternativtext und Bildunterschrift ihre eigene Sprache.',
        tests: [
          [
            'packages/photo/test/photo.test.ts',
            'content-lang: the content carries its own language',
          ],
        ],
      },
      '3.2.4': {
        status: 'supports',
        how: 'Gleiche Vergrößerung, gleiche Namen in jeder Fotokomponente.',
      },
      '4.1.2': {
        status: 'supports',
        how: 'Native `<button>` (`aria-haspopup="dialog"`) und `<dialog>` mit Namen; der Barrierefreiheitsbaum jedes Zustands ist als geprüfter Snapshot abgelegt.',
        tests: [ARIA, STORIES],
      },
    },
    statement: [
      'Fotos haben Alternativtexte, Bildunterschriften und Urheberangaben. Die Urheberangabe bleibt sichtbar, auch wenn ein Bild nicht lädt; dann zeigt ein gleich großer Platzhalter den Alternativtext.',
      'Vergrößerte Fotos werden in einem Dialog in voller Größe gezeigt, mit Bildunterschrift und Urheberangabe; bei starker Vergrößerung muss darin in zwei Richtungen gescrollt werden (mit Pfeiltasten möglich). Ohne JavaScript öffnet ein Link das Foto in voller Größe.',
    ],
  },
  {
    package: 'news-teaser',
    title: '<stadt-news-teaser> und <stadt-news-list>',
    elements: ['stadt-news-teaser', 'stadt-news-list'],
    summary:
      'Anrisse für Pressemitteilungen und Meldungen (Dachzeile, Überschrift, Datum, Auszug, Foto) und Listen davon („Weitere Meldungen“).',
    criteria: {
      ...common,
      '1.1.1': {
        status: 'supports',
        how: 'Fotos über `<stadt-photo>` (Alternativtext oder dekorativ); das Symbol für externe Links ist ausgeblendet und als Text „(externer Link)“ vorhanden.',
        tests: [
          [
            'packages/news-teaser/test/news-teaser.test.ts',
            'marks external links visually and in text',
          ],
        ],
      },
      '1.3.1': {
        status: 'supports',
        how: 'Jeder Anriss ist ein `<article>` mit Überschrift; die Liste ist eine echte Liste mit Überschrift, die Anrisse stehen eine Ebene darunter; das Datum ist ein `<time>` mit „Veröffentlicht am“.',
        tests: [
          [
            'packages/news-teaser/test/news-teaser.test.ts',
            'renders a heading and a list of teasers one heading level below',
          ],
          ARIA,
        ],
      },
      '1.3.2': {
        status: 'supports',
        how: 'Die Überschrift steht im DOM vor dem Bild, auch wenn das Bild oben angezeigt wird.',
        tests: [
          [
            'packages/news-teaser/test/news-teaser.test.ts',
            'puts the heading before the image in the DOM',
          ],
        ],
      },
      '1.4.1': {
        status: 'supports',
        how: 'Links sind unterstrichen; externe Links haben Symbol und Text.',
      },
      '1.4.3': {
        status: 'supports',
        how: 'Text #1a1a1a, Links #00528c (7,7:1), Datum #595959 auf Weiß; eigene Themes setzen die Tokens.',
        tests: [STORIES, THEMES, ENGINES],
      },
      '1.4.5': { status: 'supports', how: 'Keine Bilder von Text.' },
      '1.4.10': {
        status: 'supports',
        how: 'Raster nach Containerbreite (Container Queries); lange Komposita werden getrennt, das Symbol für externe Links bleibt beim letzten Wort.',
        tests: [
          MODES,
          [
            'packages/news-teaser/test/news-teaser.test.ts',
            'long German compounds do not overflow at 320 CSS px',
          ],
          [
            'packages/news-teaser/test/news-teaser.test.ts',
            'keeps the external-link icon on the line of the last word',
          ],
        ],
      },
      '1.4.11': {
        status: 'supports',
        how: 'Fokusrahmen 3 px um die ganze Karte (≥ 3:1 gemessen); Kartenrahmen sind Dekoration.',
        tests: [JOURNEY],
      },
      '1.4.13': {
        status: 'supports',
        how: 'Hover ändert nur die Hintergrundfarbe der Karte; keine eingeblendeten Inhalte.',
      },
      '2.1.1': {
        status: 'supports',
        how: 'Ein echter Link je Karte (die Überschrift); die ganze Karte ist über diesen Link klickbar, auch ohne JavaScript.',
        tests: [
          [
            'packages/news-teaser/test/news-teaser.test.ts',
            'has one tab stop per teaser, and Enter follows the link',
          ],
          ['apps/demo/test/a11y.test.ts', 'the pointer shows exactly where a click navigates'],
        ],
      },
      '2.4.3': {
        status: 'supports',
        how: 'Ein Tabstopp je Karte, in Listenreihenfolge.',
        tests: [JOURNEY],
      },
      '2.4.4': {
        status: 'supports',
        how: 'Linkname ist die Überschrift, bei externen Zielen mit „(externer Link)“.',
        tests: [
          [
            'packages/news-teaser/test/news-teaser.test.ts',
            'marks external links visually and in text',
          ],
        ],
      },
      '2.4.6': {
        status: 'supports',
        how: 'Überschriften mit passender Ebene (`heading-level`, in Listen automatisch).',
      },
      '2.4.7': {
        status: 'supports',
        how: 'Fokusrahmen um die ganze Karte, wenn ihr Link fokussiert ist.',
        tests: [JOURNEY],
      },
      '2.5.2': {
        status: 'supports',
        how: 'Navigation über den nativen Link (beim Loslassen); Textauswahl navigiert nicht.',
        tests: [
          ['packages/news-teaser/test/news-teaser.test.ts', 'selecting text does not navigate'],
        ],
      },
      '2.5.3': { status: 'supports', how: 'Der Linkname ist der sichtbare Überschriftentext.' },
      '2.5.8': { status: 'supports', how: 'Das Klickziel ist die ganze Karte.' },
      '3.1.2': {
        status: 'supports',
        how: 'Bedientexte folgen der Sprache der Seite; mit `content-lang` tragen Überschrift, Dachzeile, Auszug und Foto ihre eigene Sprache.',
        tests: [
          [
            'packages/news-teaser/test/news-teaser.test.ts',
            'content-lang: headline, kicker and excerpt',
          ],
        ],
      },
      '3.2.4': { status: 'supports', how: 'Externe Links sind überall gleich gekennzeichnet.' },
      '4.1.2': {
        status: 'supports',
        how: 'Native Elemente (Artikel, Überschrift, Link, Liste); der Barrierefreiheitsbaum jedes Zustands ist als geprüfter Snapshot abgelegt.',
        tests: [ARIA, STORIES],
      },
    },
    limits: [
      'Der Auszug wird optisch auf drei Zeilen gekürzt (`--stadt-news-teaser-excerpt-lines`); der ganze Text bleibt im Barrierefreiheitsbaum und auf der Zielseite.',
      'Ohne JavaScript führt ein Klick auf den Auszug und auf die Urheberangabe nicht zum Ziel (der Text bleibt markierbar); dort zeigt der Mauszeiger dann auch keine Hand. Mit JavaScript führt ein Klick überall auf der Karte zum Ziel.',
    ],
    statement: [
      'Meldungen werden als Liste von Anrissen mit Überschrift, Datum und Auszug gezeigt; jede Karte ist ein einziger Link, dessen Name die Überschrift ist. Links zu anderen Websites sind als „externer Link“ gekennzeichnet.',
    ],
  },
];
