export {
  createProxy,
  DEFAULT_UPSTREAM,
  parseLocation,
  type ProxyLocation,
  type ProxyOptions,
  type StadtkitProxy,
} from './proxy.js';
export { brightSkyBody, UpstreamError } from './upstream.js';
export {
  DEFAULT_NINA_UPSTREAM,
  OFFENBACH_ARS,
  OFFENBACH_WARN_CELL,
  reduceAlerts,
  reduceDashboard,
  reduceDetail,
  type WarningsReading,
} from './warnings.js';
