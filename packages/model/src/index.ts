export type * from './types.js';
export { WEATHER_CONDITIONS, WEATHER_ICONS } from './types.js';
export { checkDateTime, checkText, checkUrl, isSafeUrl, LIMITS, readClock } from './checks.js';
export { isRecord } from './validate.js';
export {
  assertPressRelease,
  formatIssues,
  formatPath,
  ModelValidationError,
  parseCredit,
  parseNewsTeaser,
  parseOrganisation,
  parsePerson,
  parsePhoto,
  parsePlace,
  parsePressRelease,
  parseWeatherObservation,
  type ParseIssue,
  type ParseResult,
} from './parse.js';
export {
  formatCondition,
  formatCredit,
  formatDate,
  formatDateline,
  formatTemperature,
  formatTime,
  machineDateTime,
  MINUS,
  speakCredit,
  speakTemperature,
  TIME_ZONE,
} from './format.js';
export { langOf, modelMessages, toLocale, type LangSource, type Locale } from './messages.js';
export {
  imageObjectJsonLd,
  newsArticleJsonLd,
  serializeForScript,
  serializeJsonLd,
  type JsonLd,
  type JsonLdOptions,
  type JsonLdValue,
} from './jsonld.js';
export { toNewsTeaser } from './teaser.js';
export {
  changedFrom,
  coerceProperties,
  coerceProperty,
  type Coerced,
  type PropertyDeclarationLike,
} from './properties.js';
export { applyServerProps, SERVER_PROPS_SELECTOR, type PropsRoot } from './server-props.js';
export {
  currentWarnings,
  formatSeverity,
  formatWarningEvent,
  isDistrictArs,
  isWarnCell,
  OFFENBACH_ARS,
  OFFENBACH_WARN_CELL,
  formatWarningPeriod,
  ninaText,
  parseBrightSkyAlerts,
  parseNinaDashboard,
  parseWarning,
  parseWarningsSnapshot,
  sortWarnings,
  WARNING_SEVERITIES,
  warningMessages,
  withNinaDetails,
  type WarnCell,
  type Warning,
  type WarningSeverity,
  type WarningSource,
  type WarningsResult,
  type WarningsSnapshot,
} from './warnings.js';
