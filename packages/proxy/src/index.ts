export {
  createProxy,
  DEFAULT_UPSTREAM,
  parseLocation,
  type ProxyLocation,
  type ProxyOptions,
  type StadtkitProxy,
} from './proxy.js';
export { brightSkyBody, UpstreamError } from './upstream.js';
